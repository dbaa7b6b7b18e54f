package kata.queue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.MessageProperties;
import java.time.Duration;
import java.util.Map;
import kata.testkit.broker.BrokerQueues;
import kata.testkit.broker.TestBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Given, RabbitMQ only: the broker's own way to park and to retry later. A queue with
 * {@code x-dead-letter-exchange} sends what a consumer rejects (or what expires) elsewhere,
 * with an {@code x-death} header; a retry queue with {@code x-message-ttl} and a dead-letter route
 * back is a delay without a sleeping worker. The worker of this step does the same by hand,
 * because the tests' embedded broker refuses these arguments.
 */
class RabbitMqDeadLetteringTest {

    private final TestBroker broker = TestBroker.shared();
    private BrokerQueues queues;

    @BeforeEach
    void rabbitMqItself() {
        assumeThat(broker.isRabbitMq()).as("needs RabbitMQ's extensions, and %s has none: %s",
                broker.description(), TestBroker.HOW_TO_GET_RABBITMQ).isTrue();
        queues = broker.queues();
    }

    @AfterEach
    void deleteQueues() {
        if (queues != null) {
            queues.close();
        }
    }

    @Test
    void aRejectedMessageIsDeadLetteredToTheParkingLot() throws Exception {
        String work = queues.name("dlx-work");
        String parking = queues.name("dlx-parking");
        try (Connection connection = broker.connect("dead-lettering"); Channel channel = connection.createChannel()) {
            channel.queueDeclare(parking, true, false, false, null);
            channel.queueDeclare(work, true, false, false, Map.of(
                    "x-dead-letter-exchange", "", "x-dead-letter-routing-key", parking));
            channel.basicPublish("", work, MessageProperties.PERSISTENT_BASIC, "poison".getBytes(UTF_8));

            GetResponse delivery = await().atMost(Duration.ofSeconds(5)).until(() -> channel.basicGet(work, false), r -> r != null);
            channel.basicReject(delivery.getEnvelope().getDeliveryTag(), false); // no requeue: dead-letter it

            GetResponse parked = await().atMost(Duration.ofSeconds(5)).until(() -> channel.basicGet(parking, true), r -> r != null);
            assertThat(new String(parked.getBody(), UTF_8)).isEqualTo("poison");
            assertThat(parked.getProps().getHeaders()).containsKey("x-death");
        }
    }
}
