package kata.queue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kata.shop.orders.ProvisioningStatus;
import kata.testkit.Exercise;
import kata.testkit.broker.BrokerLink;
import kata.testkit.broker.BrokerQueues;
import kata.runtime.http.HttpResult;
import org.junit.jupiter.api.Test;

/** Target 2: the order message, and a 202 only for what the broker confirmed. */
class OrderMessageTest extends WithBroker {

    /** OrderQueue.CONFIRM_TIMEOUT (1 s), and room for the channel's own timeouts and a loaded laptop. */
    static final Duration NOT_ACCEPTED_BUDGET = Duration.ofMillis(4_000);

    @Test
    @Exercise(hint = "Publish persistent (deliveryMode 2), messageId = the order id, body = OrderMessage.of(order).toJson(),"
            + " to the durable order queue.",
            readme = "#target-2-a-message-the-broker-has-confirmed")
    void theOrderIsAPersistentJsonMessageWhoseIdIsTheOrderId() throws Exception {
        QueueShop shop = queuedShop();
        String orderId = shop.checkoutAccepted(QueueShop.THREE_SERVERS);

        BrokerQueues.Message message = queues.take(names.orders()).orElseThrow(() ->
                new AssertionError("no message in " + names.orders()));
        assertThat(message.properties().getDeliveryMode()).as("delivery mode (2 = persistent)").isEqualTo(2);
        assertThat(message.properties().getMessageId()).as("message id").isEqualTo(orderId);
        JsonNode body = QueueShop.json(new String(message.body(), UTF_8));
        assertThat(body.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(body.get("orderId").asText()).isEqualTo(orderId);
        assertThat(body.get("servers")).as("one entry per server to create").hasSize(3);
        try (Connection connection = broker.connect("durability-check"); Channel channel = connection.createChannel()) {
            // On RabbitMQ, declaring with durable=true fails (406) unless the queue exists durable. Qpid
            // does not compare; QueueContractTest and DurabilityTest restart it instead.
            channel.queueDeclare(names.orders(), true, false, false, null);
        }
    }

    @Test
    @Exercise(hint = "confirmSelect() once on the channel, then waitForConfirms(CONFIRM_TIMEOUT) after each publish;"
            + " a timeout or a nack is OrderNotAccepted (503).",
            more = "basicPublish returns as soon as the bytes are in a socket buffer: without a confirm you"
                    + " do not know the broker has the message.",
            readme = "#target-2-a-message-the-broker-has-confirmed")
    void aPublishTheBrokerDoesNotConfirmIsA503() {
        try (BrokerLink link = BrokerLink.to(broker.uri())) {
            QueueShop shop = queuedShopVia(link.uri());
            shop.checkoutAccepted(QueueShop.ONE_SERVER); // connected, and working

            link.freeze(); // the network holds every byte: the publish goes out, its confirm never comes back
            HttpResult answer = shop.checkout(QueueShop.ONE_SERVER, Duration.ofSeconds(10));
            assertJsonError(answer, 503);
            assertThat(answer.elapsed()).as("time to a 503").isLessThan(NOT_ACCEPTED_BUDGET);
            assertThat(shop.statuses().of(orderIdNotAccepted(shop)).orElseThrow().status())
                    .as("an order not confirmed is not accepted").isEqualTo(ProvisioningStatus.FAILED);
        }
    }

    @Test
    @Exercise(hint = "An unreachable broker must surface as OrderNotAccepted: catch what connecting and publishing"
            + " throw (IOException, TimeoutException, AlreadyClosedException).",
            readme = "#target-2-a-message-the-broker-has-confirmed")
    void anUnreachableBrokerIsA503AndNoOrderIsClaimedAccepted() {
        try (BrokerLink link = BrokerLink.to(broker.uri())) {
            QueueShop shop = queuedShopVia(link.uri());
            shop.checkoutAccepted(QueueShop.ONE_SERVER);

            link.cut(); // the broker is gone: every connection drops, new ones are refused
            for (int i = 0; i < 3; i++) {
                HttpResult answer = shop.checkout(QueueShop.ONE_SERVER, Duration.ofSeconds(10));
                assertJsonError(answer, 503);
                assertThat(answer.elapsed()).as("time to a 503").isLessThan(NOT_ACCEPTED_BUDGET);
            }
            long accepted = shop.parts().orders().all().stream()
                    .filter(order -> shop.statuses().of(order.id()).map(s -> s.status() == ProvisioningStatus.PENDING).orElse(false))
                    .count();
            assertThat(accepted).as("orders claimed as accepted: only the one before the cut").isEqualTo(1);
        }
    }

    @Test
    @Exercise(hint = "Open the connection and the channel once and keep them (fields); never per message.",
            more = "A connection is a TCP connection plus an AMQP handshake: several round trips, and a process"
                    + " on the broker. See the benchmark in the README.",
            readme = "#target-2-a-message-the-broker-has-confirmed")
    void twentyCheckoutsShareOneConnection() throws Exception {
        ExecutorService customers = Executors.newFixedThreadPool(4); // AutoCloseable only from Java 19
        try (BrokerLink link = BrokerLink.to(broker.uri())) {
            QueueShop shop = queuedShopVia(link.uri());
            shop.checkoutAccepted(QueueShop.ONE_SERVER); // connected
            // Four customers at once: the one channel must keep each publish and its confirm together.
            List<Future<String>> checkouts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                checkouts.add(customers.submit(() -> shop.checkoutAccepted(QueueShop.ONE_SERVER)));
            }
            Set<String> accepted = new HashSet<>();
            for (Future<String> checkout : checkouts) {
                accepted.add(checkout.get(30, TimeUnit.SECONDS));
            }
            assertThat(accepted).as("twenty orders, each accepted once").hasSize(20);
            assertThat(queues.depth(names.orders())).as("messages waiting: the first order and the twenty").isEqualTo(21);
            assertThat(link.connectionsAccepted())
                    .as("connections the shop opened: one to publish, one to listen for statuses")
                    .isLessThanOrEqualTo(2);
        } finally {
            customers.shutdownNow();
        }
    }

    /** The order the shop stored last: the one whose checkout was just refused. */
    private static String orderIdNotAccepted(QueueShop shop) {
        return shop.parts().orders().all().get(0).id();
    }
}
