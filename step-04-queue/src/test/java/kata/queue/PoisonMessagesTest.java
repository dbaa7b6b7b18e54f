package kata.queue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.MessageProperties;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kata.testkit.Exercise;
import kata.testkit.broker.BrokerQueues;
import org.junit.jupiter.api.Test;

/** Target 4: a message no retry can fix is parked with its reason; a passing failure is retried, a bounded number of times. */
class PoisonMessagesTest extends WithBroker {

    static final Duration PARKED = Duration.ofSeconds(20);

    /** Four messages no worker can ever process, each with a message id that names it. */
    private static final Map<String, byte[]> UNREADABLE = new LinkedHashMap<>();
    /** What the parking reason must say about each. */
    private static final Map<String, String> REASONS = Map.of("malformed", "malformed", "schema-99", "schema version 99",
            "empty", "empty", "one-megabyte", "too large");

    static {
        String valid = "{\"schemaVersion\":1,\"orderId\":\"ord-poison\",\"customerId\":\"c-9\","
                + "\"servers\":[{\"sku\":\"VPS-SSD-4GB\",\"hostname\":\"vps-ord-poison-1\"}]}";
        UNREADABLE.put("malformed", "{\"schemaVersion\": 1, \"orderId\": ".getBytes(UTF_8));
        UNREADABLE.put("schema-99", valid.replace("\"schemaVersion\":1", "\"schemaVersion\":99").getBytes(UTF_8));
        UNREADABLE.put("empty", new byte[0]);
        UNREADABLE.put("one-megabyte", ("{\"junk\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(UTF_8));
    }

    @Test
    @Exercise(hint = "OrderMessage.read throws UnreadableMessage: park the delivery (Republish.toParkingLot) with"
            + " its message as the reason, then ack it.",
            more = "basicNack(requeue=true) would loop forever; requeue=false without a dead-letter exchange drops it."
                    + " Publish a copy to the parking lot, wait for the confirm, then ack.",
            readme = "#target-4-poison-messages")
    void unreadableMessagesAreParkedWithTheirReason() {
        worker("worker-poison");
        UNREADABLE.forEach((name, body) -> queues.publish(names.orders(),
                MessageProperties.PERSISTENT_BASIC.builder().messageId(name).build(), body));

        await("four messages in the parking lot").atMost(PARKED).until(() -> queues.depth(names.parkingLot()) >= 4);
        Map<String, BrokerQueues.Message> parked = new LinkedHashMap<>();
        for (int i = 0; i < UNREADABLE.size(); i++) {
            BrokerQueues.Message next = queues.take(names.parkingLot()).orElseThrow();
            parked.put(next.properties().getMessageId(), next);
        }
        UNREADABLE.forEach((name, body) -> {
            assertThat(parked).as("parked messages").containsKey(name);
            assertThat(parked.get(name).header("x-parking-reason")).as("why %s was parked", name)
                    .containsIgnoringCase(REASONS.get(name));
            assertThat(parked.get(name).body()).as("the original body of %s, kept for a human", name).isEqualTo(body);
        });
        await("parked once, not redelivered").atMost(Duration.ofSeconds(5)).during(Duration.ofSeconds(1))
                .until(() -> queues.depth(names.orders()) == 0 && queues.depth(names.parkingLot()) == 0);
        // No shop runs here, so a status the worker sent would still wait in its queue: an unreadable
        // message names no order the worker could vouch for, so it reports none.
        assertThat(queues.depth(names.statuses())).as("statuses sent for unreadable messages").isZero();
    }

    @Test
    @Exercise(hint = "A 4xx from the provisioning service is permanent: park the order, report FAILED with the reason.",
            readme = "#target-4-poison-messages")
    void aPermanentFailureIsParkedAndTheOrderFails() {
        provisioning.behave(0, false, 0, "VPS-SSD-4GB"); // "cannot be provisioned", whatever you try
        QueueShop shop = queuedShop();
        worker("worker-refused");
        String orderId = shop.checkoutAccepted(QueueShop.ONE_SERVER);

        await("the order to fail").atMost(PARKED).until(() -> shop.statusOf(orderId).equals("FAILED"));
        assertThat(shop.reasonOf(orderId)).contains("cannot be provisioned");
        assertThat(awaitParked().header("x-parking-reason")).contains("cannot be provisioned");
        assertThat(provisioning.callsFor(orderId)).as("a permanent failure is not retried").isEqualTo(1);
    }

    @Test
    @Exercise(hint = "A transient failure (503, timeout) goes back to the queue with an attempt count"
            + " (Republish.toOrderQueueAgain) after a delay, until MAX_ATTEMPTS.",
            readme = "#target-4-poison-messages")
    void aTransientFailureIsRetriedAndTheOrderProvisioned() {
        provisioning.behave(0, false, 2, null); // the next two creates answer 503
        QueueShop shop = queuedShop();
        worker("worker-retrying");
        String orderId = shop.checkoutAccepted(QueueShop.ONE_SERVER);

        await("the order to be provisioned").atMost(PARKED).until(() -> shop.statusOf(orderId).equals("PROVISIONED"));
        assertThat(provisioning.callsFor(orderId)).as("two failures, then success").isEqualTo(3);
        assertThat(provisioning.serversOf(orderId)).isEqualTo(1);
    }

    @Test
    @Exercise(hint = "Count the attempts (Republish.attemptsSoFar); at MAX_ATTEMPTS park the order and report FAILED.",
            readme = "#target-4-poison-messages")
    void aFailureThatDoesNotPassIsRetriedABoundedNumberOfTimes() {
        provisioning.behave(0, false, 1_000, null); // 503, for a long time
        QueueShop shop = queuedShop();
        worker("worker-giving-up");
        String orderId = shop.checkoutAccepted(QueueShop.ONE_SERVER);

        await("the order to fail").atMost(PARKED).until(() -> shop.statusOf(orderId).equals("FAILED"));
        assertThat(awaitParked().header("x-parking-reason")).contains("gave up after 3 attempts");
        assertThat(provisioning.callsFor(orderId)).as("attempts, all told").isEqualTo(3);
        // A growing pause: before attempt n+1 the worker waits at least RETRY_DELAY_MS x n. Only lower
        // bounds: a loaded machine makes a pause longer, never shorter.
        long delay = Long.parseLong(Workers.RETRY_DELAY_MS);
        List<Long> pauses = provisioning.pausesBetweenCallsFor(orderId);
        assertThat(pauses.get(0)).as("ms before the second attempt").isGreaterThanOrEqualTo(delay);
        assertThat(pauses.get(1)).as("ms before the third attempt").isGreaterThanOrEqualTo(2 * delay);
    }

    private BrokerQueues.Message awaitParked() {
        await("a message in the parking lot").atMost(PARKED).until(() -> queues.depth(names.parkingLot()) >= 1);
        return queues.take(names.parkingLot()).orElseThrow();
    }
}
