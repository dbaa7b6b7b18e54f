package kata.testkit.broker;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The message broker of this test JVM, chosen once, in this order:
 * <ol>
 *   <li>{@code KATA_AMQP_URI} (environment variable or system property) when set: a broker you
 *       run, e.g. {@code amqp://guest:guest@127.0.0.1:5672};</li>
 *   <li>RabbitMQ in a Docker container (Testcontainers) when a Docker engine answers;</li>
 *   <li>else Apache Qpid Broker-J embedded in this JVM: a real AMQP 0-9-1 broker, no install.</li>
 * </ol>
 * The choice is printed once ({@code kata broker: ...}) so the test log says which broker ran.
 * It starts on first use and stops when the JVM exits.
 *
 * <p>The broker may be shared (with other tests, other people): a test declares only queues
 * with names from {@link BrokerQueues} and deletes them when it ends.
 */
public final class TestBroker {

    public static final String URI_VARIABLE = "KATA_AMQP_URI";

    /** Which kind of broker runs: the test log and {@code ./kata doctor} name it. */
    public enum Kind { EXTERNAL, CONTAINER, EMBEDDED }

    /** What a test that needs RabbitMQ itself says when it is skipped on the embedded broker. */
    public static final String HOW_TO_GET_RABBITMQ = "set " + URI_VARIABLE
            + "=amqp://guest:guest@127.0.0.1:5672 with a RabbitMQ running there, or start Docker"
            + " (the tests then run RabbitMQ in a container)";

    private static TestBroker shared;

    private final Kind kind;
    private final RunningBroker broker;

    private TestBroker(Kind kind, RunningBroker broker) {
        this.kind = kind;
        this.broker = broker;
    }

    /** The broker of this JVM, started on first use. */
    public static synchronized TestBroker shared() {
        if (shared == null) {
            shared = choose();
            System.out.println("kata broker: " + shared.broker.description());
            TestBroker ending = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(ending.broker::stop, "kata-broker-stop"));
        }
        return shared;
    }

    private static TestBroker choose() {
        String uri = configuredUri(System.getenv());
        if (uri != null) {
            return new TestBroker(Kind.EXTERNAL, new ExternalBroker(URI.create(uri)));
        }
        if (Docker.available()) {
            return new TestBroker(Kind.CONTAINER, ContainerBroker.start());
        }
        return new TestBroker(Kind.EMBEDDED, EmbeddedBroker.start());
    }

    private static String configuredUri(Map<String, String> env) {
        String uri = System.getProperty(URI_VARIABLE, env.get(URI_VARIABLE));
        return uri == null || uri.isBlank() ? null : uri.strip();
    }

    public Kind kind() {
        return kind;
    }

    /** {@code amqp://user:password@host:port}: hand it to the code under test (e.g. as {@code AMQP_URI}). */
    public URI uri() {
        return broker.uri();
    }

    /** One line: which broker, where, and why this one. */
    public String description() {
        return broker.description();
    }

    /**
     * RabbitMQ itself (an external broker is assumed to be one): its extensions
     * ({@code x-dead-letter-exchange}, {@code x-message-ttl}, ...) work. Skip otherwise, e.g.
     * {@code assumeTrue(broker.isRabbitMq(), TestBroker.HOW_TO_GET_RABBITMQ)}.
     */
    public boolean isRabbitMq() {
        return kind != Kind.EMBEDDED;
    }

    /** Whether {@link #restart()} is allowed: the fixture owns the broker (embedded or container). */
    public boolean canRestart() {
        return broker.restartable();
    }

    /**
     * Stops the broker and starts it again on the same address. Durable queues and persistent
     * messages survive; everything else is gone, and every client is disconnected.
     */
    public void restart() {
        broker.restart();
    }

    /** A connection factory for this broker; the test closes what it opens. */
    public ConnectionFactory connectionFactory() {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(uri());
        } catch (Exception e) {
            throw new IllegalStateException("not an AMQP URI: " + uri(), e);
        }
        factory.setConnectionTimeout(5_000);
        factory.setAutomaticRecoveryEnabled(false); // a test reconnects itself: no half-recovered connection left behind
        return factory;
    }

    /** A new connection (the test closes it, e.g. in try-with-resources). */
    public Connection connect(String clientName) {
        try {
            return connectionFactory().newConnection(clientName);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot connect to " + description() + ": " + e, e);
        }
    }

    /** Queues named for one test, deleted by {@link BrokerQueues#close()}. */
    public BrokerQueues queues() {
        return new BrokerQueues(this);
    }
}
