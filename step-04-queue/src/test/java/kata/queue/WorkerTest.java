package kata.queue;

import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kata.testkit.Exercise;
import kata.runtime.process.ChildJvm;
import kata.runtime.http.TestHttp;
import org.junit.jupiter.api.Test;

/** Target 3: a worker that can die at any moment, and an order provisioned exactly once anyway. */
class WorkerTest extends WithBroker {

    static final int ORDERS = 5;
    static final int SERVERS_PER_ORDER = 3; // QueueShop.THREE_SERVERS
    /** Generous: two JVM starts and a slow provisioning service on a loaded 2-core laptop. */
    static final Duration ALL_PROVISIONED = Duration.ofSeconds(60);

    @Test
    @Exercise(hint = "Consume with autoAck=false and basicAck only after the servers exist and the status is sent;"
            + " pass the order id as the idempotency key.",
            more = "Killed mid-message, the worker never acked: the broker redelivers the order to another worker,"
                    + " which calls the provisioning service again. The key makes that second call create nothing.",
            readme = "#target-3-a-worker-that-may-die")
    void aKilledWorkersOrderIsProvisionedExactlyOnceByAnother() {
        provisioning.behave(1_500, false, 0, null); // the servers exist at once; the answer takes 1.5 s
        QueueShop shop = queuedShop();
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orders.add(shop.checkoutAccepted(QueueShop.THREE_SERVERS));
        }

        ChildJvm doomed = worker("worker-killed");
        await("the first worker to be in the middle of an order").atMost(Duration.ofSeconds(20))
                .until(() -> provisioning.calls() >= 1);
        doomed.kill(); // SIGKILL: no shutdown hook, no goodbye to the broker
        worker("worker-survivor");

        await("every order PROVISIONED").atMost(ALL_PROVISIONED).pollInterval(Duration.ofMillis(200))
                .until(() -> orders.stream().allMatch(id -> shop.statusOf(id).equals("PROVISIONED")));
        int duplicates = provisioning.stats().get("duplicateServers").asInt();
        long lost = orders.stream().filter(id -> provisioning.serversOf(id) == 0).count();
        System.out.printf("worker killed mid-message: %d orders, %d lost, %d servers created twice%n",
                ORDERS, lost, duplicates);
        orders.forEach(id -> assertThat(provisioning.serversOf(id)).as("servers of %s", id).isEqualTo(SERVERS_PER_ORDER));
        assertThat(duplicates).as("servers created twice").isZero();
        assertThat(queues.depth(names.orders())).as("orders left in the queue").isZero();
    }

    @Test
    @Exercise(hint = "channel.basicQos(PREFETCH) before basicConsume: a worker holds only a few orders unacknowledged.",
            more = "Without a prefetch limit the broker pushes the whole queue to the first worker: the others idle,"
                    + " and a crash puts everything back at once.",
            readme = "#target-3-a-worker-that-may-die")
    void aBusyWorkerLeavesTheRestOfTheQueueToOthers() {
        provisioning.behave(0, true, 0, null); // the first create hangs: the worker is busy
        QueueShop shop = queuedShop();
        for (int i = 0; i < 10; i++) {
            shop.checkoutAccepted(QueueShop.ONE_SERVER);
        }
        ChildJvm busy = worker("worker-busy");
        await("the worker to be busy with an order").atMost(Duration.ofSeconds(20)).until(() -> provisioning.calls() >= 1);
        assertThat(queues.depth(names.orders()))
                .as("orders still ready for other workers (a prefetch of at most 5)").isGreaterThanOrEqualTo(5);

        // A worker serves its health, for whoever runs it, and nothing else: it takes work only from the queue.
        TestHttp http = TestHttp.to(busy.baseUri());
        assertThat(http.get("/health").status()).as("the busy worker's /health").isEqualTo(200);
        assertJsonError(http.post("/checkout", "{}"), 404);
    }
}
