package kata.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kata.testkit.Exercise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Target 5: what the broker confirmed survives the broker's restart. */
class DurabilityTest extends WithBroker {

    @BeforeEach
    void aBrokerTheTestMayRestart() {
        assumeThat(broker.canRestart())
                .as("this test restarts the broker; it will not restart %s. Unset KATA_AMQP_URI to run it on the"
                        + " embedded broker, or start Docker for a RabbitMQ container", broker.description())
                .isTrue();
    }

    @Test
    @Exercise(hint = "Durable queue + persistent message (deliveryMode 2) + a confirm before 202: then a restart"
            + " loses nothing. The shop and the worker reconnect by themselves (automatic recovery).",
            readme = "#target-5-nothing-is-lost-in-a-restart")
    void acceptedOrdersSurviveABrokerRestartAndAreThenProvisioned() {
        QueueShop shop = queuedShop(); // and no worker yet
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(shop.checkoutAccepted(QueueShop.ONE_SERVER));
        }
        assertThat(queues.depth(names.orders())).as("orders waiting before the restart").isEqualTo(5);

        broker.restart();

        await("the broker back, with the orders").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> queues.depth(names.orders()) == 5);
        worker("worker-after-restart");
        await("every order PROVISIONED, reported to the shop after its reconnect").atMost(Duration.ofSeconds(60))
                .until(() -> orders.stream().allMatch(id -> shop.statusOf(id).equals("PROVISIONED")));
        assertThat(provisioning.stats().get("duplicateServers").asInt()).isZero();
    }
}
