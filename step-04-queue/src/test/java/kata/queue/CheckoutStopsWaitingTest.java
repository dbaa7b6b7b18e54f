package kata.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import org.junit.jupiter.api.Test;

/** Target 1: checkout answers at once, whatever provisioning does. */
class CheckoutStopsWaitingTest extends WithBroker {

    /** The customer's budget for a checkout answer, with room for a loaded 2-core laptop. */
    static final Duration CHECKOUT_BUDGET = Duration.ofMillis(1_000);

    @Test
    @Exercise(hint = "With AMQP_URI set, WebShopApp.provisioning(...) must hand orders to the queue"
            + " (Provisioning.throughQueue), and checkout must answer 202 Accepted while the order is PENDING.",
            more = "Three places: WebShopApp.provisioning chooses the queue, OrderQueue.provision publishes"
                    + " (target 2), CheckoutRoutes answers 202 when the order's status is PENDING.",
            readme = "#target-1-checkout-stops-waiting")
    void checkoutAnswers202WhileNoWorkerRuns() {
        QueueShop shop = queuedShop(); // no worker at all: everything stays in the queue
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResult answer = shop.checkout(QueueShop.ONE_SERVER, Duration.ofSeconds(5));
            assertThat(answer.status()).as("checkout with every worker stopped: %s", answer.body()).isEqualTo(202);
            assertThat(answer.elapsed()).as("checkout's answer time").isLessThan(CHECKOUT_BUDGET);
            String id = QueueShop.json(answer.body()).get("id").asText();
            assertThat(QueueShop.json(answer.body()).get("status").asText()).isEqualTo("PENDING");
            accepted.add(id);
        }
        accepted.forEach(id -> assertThat(shop.statusOf(id)).as("GET /orders/%s", id).isEqualTo("PENDING"));
        assertThat(queues.depth(names.orders())).as("orders waiting in the queue for a worker").isEqualTo(5);
    }

    @Test
    @Exercise(hint = "Checkout must not call the provisioning service any more: publish the order and answer 202.",
            readme = "#target-1-checkout-stops-waiting")
    void checkoutAnswers202WhileProvisioningHangs() {
        provisioning.behave(0, true, 0, null); // every create hangs
        QueueShop shop = queuedShop();
        worker("worker-hung"); // it takes an order and hangs with it

        HttpResult first = shop.checkout(QueueShop.ONE_SERVER, Duration.ofSeconds(5));
        assertThat(first.status()).as("checkout while provisioning hangs: %s", first.body()).isEqualTo(202);
        await("the worker to be stuck in the provisioning service").atMost(Duration.ofSeconds(10))
                .until(() -> provisioning.calls() >= 1);
        for (int i = 0; i < 5; i++) {
            HttpResult answer = shop.checkout(QueueShop.ONE_SERVER, Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(202);
            assertThat(answer.elapsed()).as("checkout's answer time").isLessThan(CHECKOUT_BUDGET);
        }
        String firstId = QueueShop.json(first.body()).get("id").asText();
        assertThat(shop.statusOf(firstId)).as("an order whose servers are not there yet").isEqualTo("PENDING");
    }
}
