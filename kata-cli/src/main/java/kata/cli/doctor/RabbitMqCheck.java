package kata.cli.doctor;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Which AMQP broker the tests will use, in testkit's order: {@code KATA_AMQP_URI} if set; a
 * RabbitMQ container when Docker is reachable; otherwise the embedded Apache Qpid broker, which
 * speaks AMQP 0-9-1 but not RabbitMQ's extensions (tests needing those are skipped). It also
 * looks for a RabbitMQ already listening on 127.0.0.1:5672, and says how to use it.
 */
public final class RabbitMqCheck implements Check {

    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);
    static final String LOCAL_URI = "amqp://guest:guest@127.0.0.1:5672";
    static final String IMAGE = "rabbitmq:4-management-alpine";

    @Override
    public Finding run(Environment env) {
        Optional<String> configured = env.variable("KATA_AMQP_URI");
        if (configured.isPresent()) {
            return configuredBroker(env, configured.get());
        }
        boolean localBroker = env.canConnect("127.0.0.1", 5672, CONNECT_TIMEOUT);
        String useLocal = "export KATA_AMQP_URI=" + LOCAL_URI + " (Windows: set KATA_AMQP_URI=...)";
        if (env.docker().reachable()) {
            return Finding.ok("rabbitmq", "tests will use a RabbitMQ container (" + IMAGE + ", Testcontainers)"
                    + (localBroker ? "; a broker also listens on 127.0.0.1:5672 - to use it instead: " + useLocal : ""));
        }
        if (localBroker) {
            return Finding.warn("rabbitmq", "tests will use the embedded Qpid broker, although a broker listens on"
                    + " 127.0.0.1:5672", "to test against it (nothing skipped): " + useLocal);
        }
        return Finding.warn("rabbitmq", "tests will use the embedded Qpid broker (no Docker, KATA_AMQP_URI not set);"
                        + " tests of RabbitMQ-only features will be skipped",
                "for full coverage start RabbitMQ (rabbitmq-server -detached, or docker run -p 5672:5672 " + IMAGE
                        + ") and " + useLocal + ", or start Docker");
    }

    private static Finding configuredBroker(Environment env, String uri) {
        String shown = withoutPassword(uri);
        Optional<URI> parsed = parse(uri);
        if (parsed.isEmpty() || parsed.get().getHost() == null) {
            return Finding.fail("rabbitmq", "KATA_AMQP_URI=" + shown + " is not a valid amqp:// URI",
                    "set it like " + LOCAL_URI + ", or unset it to let the tests choose a broker");
        }
        String host = parsed.get().getHost();
        int port = parsed.get().getPort() > 0 ? parsed.get().getPort() : 5672;
        if (env.canConnect(host, port, CONNECT_TIMEOUT)) {
            return Finding.ok("rabbitmq", "tests will use KATA_AMQP_URI=" + shown + " (answers on " + host + ":" + port + ")");
        }
        return Finding.fail("rabbitmq", "KATA_AMQP_URI=" + shown + " is set, but nothing answers on " + host + ":" + port,
                "start that broker (rabbitmq-server -detached), or unset KATA_AMQP_URI to use a container or the embedded broker");
    }

    private static Optional<URI> parse(String uri) {
        try {
            return Optional.of(URI.create(uri));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code amqp://guest:secret@host} is shown as {@code amqp://guest:***@host}. */
    static String withoutPassword(String uri) {
        return uri.replaceFirst("(//[^:/@]+:)[^@/]*@", "$1***@");
    }
}
