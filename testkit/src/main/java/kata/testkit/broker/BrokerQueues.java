package kata.testkit.broker;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The queues of one test on a broker that may be shared: each name gets a unique suffix
 * ({@code order_processing} becomes {@code order_processing.kt-3f9a0c21}), and {@link #close()}
 * deletes every queue named here. Also lets a test look into a queue without consuming from
 * it for good.
 *
 * <pre>{@code
 * try (BrokerQueues queues = TestBroker.shared().queues()) {
 *     String orders = queues.name("order_processing");
 *     ... // start the code under test with that name
 *     assertThat(queues.depth(orders)).isZero();
 * }
 * }</pre>
 */
public final class BrokerQueues implements AutoCloseable {

    private final TestBroker broker;
    private final String suffix = ".kt-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    private final List<String> names = new ArrayList<>();
    private Connection connection;

    BrokerQueues(TestBroker broker) {
        this.broker = broker;
    }

    /** A queue name for this test only; the queue itself is declared by whoever uses it. */
    public synchronized String name(String base) {
        String name = base + suffix;
        if (!names.contains(name)) {
            names.add(name);
        }
        return name;
    }

    /** Messages ready in the queue, or -1 if it does not exist (yet). */
    public long depth(String queue) {
        try (Channel channel = connection().createChannel()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        } catch (IOException notThere) {
            return -1; // a passive declare of a missing queue closes the channel with 404
        } catch (Exception e) {
            throw new IllegalStateException("cannot look into " + queue + ": " + e, e);
        }
    }

    /** Takes the next message off the queue (acknowledged: it is gone), if there is one. */
    public Optional<Message> take(String queue) {
        try (Channel channel = connection().createChannel()) {
            GetResponse response = channel.basicGet(queue, true);
            return Optional.ofNullable(response).map(r -> new Message(r.getProps(), r.getBody()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot take from " + queue + ": " + e, e);
        }
    }

    /** Publishes raw bytes to a queue (persistent, through the default exchange), waiting for the confirm. */
    public void publish(String queue, AMQP.BasicProperties properties, byte[] body) {
        try (Channel channel = connection().createChannel()) {
            channel.confirmSelect();
            channel.basicPublish("", queue, properties, body);
            channel.waitForConfirmsOrDie(5_000);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + queue + ": " + e, e);
        }
    }

    /** A message as the broker holds it: properties (headers, message id) and body. */
    public record Message(AMQP.BasicProperties properties, byte[] body) {

        public String header(String name) {
            Object value = properties.getHeaders() == null ? null : properties.getHeaders().get(name);
            return value == null ? null : value.toString(); // AMQP strings arrive as LongString
        }
    }

    /** Deletes every queue named by this object, and the connection it used. */
    @Override
    public synchronized void close() {
        try {
            for (String name : names) {
                try (Channel channel = connection().createChannel()) {
                    channel.queueDelete(name);
                } catch (Exception gone) {
                    // already deleted, or never declared: nothing left behind either way
                }
            }
        } finally {
            if (connection != null) {
                try {
                    connection.close();
                } catch (Exception ignored) {
                    // the broker may have been restarted under it
                }
                connection = null;
            }
        }
    }

    private synchronized Connection connection() {
        if (connection == null || !connection.isOpen()) {
            connection = broker.connect("kata-test-queues");
        }
        return connection;
    }
}
