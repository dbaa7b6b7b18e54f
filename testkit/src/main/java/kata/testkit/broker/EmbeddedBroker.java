package kata.testkit.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.port.AmqpPort;

/**
 * Apache Qpid Broker-J inside the test JVM: a real AMQP 0-9-1 broker, no install, no Docker.
 * It binds 127.0.0.1 on a free port, keeps durable queues and persistent messages in a
 * temporary folder (a JSON configuration store and a Derby message store), so a
 * {@link #restart()} loses exactly what a real broker restart loses: nothing durable.
 *
 * <p>What it does not speak (measured): RabbitMQ's extensions ({@code x-dead-letter-exchange},
 * {@code x-message-ttl}, {@code alternate-exchange} close the connection with 542). Tests that
 * need them ask {@link TestBroker#isRabbitMq()} first.
 */
final class EmbeddedBroker implements RunningBroker {

    private static final String CONFIG = "/kata/testkit/broker/qpid-embedded.json";

    private final Path workDir;
    private final AtomicReference<SystemConfig<?>> system = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private SystemLauncher launcher;
    private int port;

    private EmbeddedBroker(Path workDir) {
        this.workDir = workDir;
    }

    static EmbeddedBroker start() {
        try {
            EmbeddedBroker broker = new EmbeddedBroker(Files.createTempDirectory("kata-qpid-"));
            broker.launch(0); // port 0: any free port; the broker tells us which one it got
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work folder for the embedded broker", e);
        }
    }

    @Override
    public URI uri() {
        return URI.create("amqp://guest:guest@127.0.0.1:" + port);
    }

    @Override
    public String description() {
        return "embedded Apache Qpid Broker-J on " + uri().toString().replace("guest:guest@", "")
                + " (no KATA_AMQP_URI, no Docker)";
    }

    @Override
    public boolean restartable() {
        return true;
    }

    /** Stops and starts the broker on the same port: clients with automatic recovery come back. */
    @Override
    public synchronized void restart() {
        launcher.shutdown();
        launch(port);
    }

    @Override
    public synchronized void stop() {
        if (launcher != null) {
            launcher.shutdown();
            launcher = null;
        }
        deleteQuietly(workDir);
    }

    private void launch(int wantedPort) {
        // Derby writes derby.log into the working directory (a module folder) unless told otherwise.
        System.setProperty("derby.stream.error.file", workDir.resolve("derby.log").toString());
        URL config = EmbeddedBroker.class.getResource(CONFIG);
        system.set(null);
        failure.set(null);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SystemConfig.TYPE, "Memory"); // the broker's own settings: rebuilt from CONFIG on every start
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, config.toExternalForm());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
        attributes.put(SystemConfig.CONTEXT, Map.of(
                SystemConfig.QPID_WORK_DIR, workDir.toString(),
                "qpid.amqp_port", String.valueOf(wantedPort),
                "qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}"));
        SystemLauncher started = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void onContainerResolve(SystemConfig<?> systemConfig) {
                system.set(systemConfig);
            }

            @Override
            public void errorOnStartup(RuntimeException e) {
                failure.set(e);
            }
        });
        try {
            started.startup(attributes);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded broker did not start: " + e, e);
        }
        if (failure.get() != null || system.get() == null) {
            started.shutdown();
            throw new IllegalStateException("the embedded broker did not start: " + failure.get(), failure.get());
        }
        launcher = started;
        port = boundPort();
    }

    private int boundPort() {
        Broker<?> broker = system.get().getContainer(Broker.class);
        return broker.getPorts().stream()
                .filter(p -> p instanceof AmqpPort<?>)
                .mapToInt(p -> ((AmqpPort<?>) p).getBoundPort())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the embedded broker opened no AMQP port"));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder: the OS cleans up what we could not
        }
    }
}
