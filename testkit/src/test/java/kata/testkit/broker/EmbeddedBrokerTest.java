package kata.testkit.broker;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.rabbitmq.client.MessageProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded broker is a real AMQP 0-9-1 broker, and a restart keeps what is durable. */
class EmbeddedBrokerTest {

    private EmbeddedBroker broker;

    @BeforeEach
    void start() {
        long started = System.nanoTime();
        broker = EmbeddedBroker.start();
        System.out.printf("embedded broker started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterEach
    void stop() {
        broker.stop();
    }

    @Test
    void persistentMessagesInADurableQueueSurviveARestartOnTheSamePort() throws Exception {
        int port = broker.uri().getPort();
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            channel.queueDeclare("kept", true, false, false, null);
            channel.queueDeclare("forgotten", false, false, false, null);
            channel.confirmSelect();
            channel.basicPublish("", "kept", MessageProperties.PERSISTENT_TEXT_PLAIN, "hello".getBytes(UTF_8));
            channel.basicPublish("", "kept", MessageProperties.TEXT_PLAIN, "transient".getBytes(UTF_8));
            channel.waitForConfirmsOrDie(5_000);
        }

        long started = System.nanoTime();
        broker.restart();
        System.out.printf("embedded broker restarted in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(broker.uri().getPort()).as("the same address after a restart").isEqualTo(port);
        try (Connection connection = connect(); Channel channel = connection.createChannel()) {
            GetResponse kept = channel.basicGet("kept", true);
            assertThat(kept).as("the persistent message").isNotNull();
            assertThat(new String(kept.getBody(), UTF_8)).isEqualTo("hello");
            assertThat(channel.basicGet("kept", true)).as("a transient message does not survive").isNull();
        }
        try (Connection connection = connect()) {
            assertThat(queueExists(connection, "forgotten")).as("a non-durable queue does not survive").isFalse();
        }
    }

    private Connection connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(broker.uri());
        return factory.newConnection("embedded-broker-test");
    }

    /** A passive declare of a missing queue closes its channel (404): a channel of its own. */
    private static boolean queueExists(Connection connection, String queue) throws java.io.IOException {
        try {
            connection.createChannel().queueDeclarePassive(queue);
            return true;
        } catch (java.io.IOException notFound) {
            return false;
        }
    }
}
