package kata.testkit.nginx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import kata.runtime.process.ChildProcess;
import kata.runtime.process.ChildProcesses;
import kata.runtime.process.TestFork;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;

/**
 * A real nginx started by a test, from a binary on this machine ({@link NginxBinary}).
 *
 * <pre>{@code
 * Nginx.assumeAvailable();                              // in @BeforeEach: skipped, with how to get nginx
 * try (Nginx nginx = Nginx.start("gateway", port -> config(port))) {
 *     TestHttp.to(nginx.baseUri()).get("/");
 *     nginx.reload(config(nginx.port()));               // asynchronous: wait for a marker the new config serves
 * }
 * }</pre>
 *
 * <p>How it runs: in the foreground ({@code -g 'daemon off;'}) with everything under its own
 * prefix in {@code target/kata/nginx/} ({@code -p PREFIX -c conf/nginx.conf -e logs/error.log});
 * the configuration must put {@code pid}, {@code error_log}, {@code access_log} and every
 * {@code *_temp_path} under the prefix too. nginx cannot listen on port 0 and tell, so the fixture
 * picks a free port and hands it to the configuration (and tries another if it was taken meanwhile).
 *
 * <p>Nothing outlives the test: the master starts through kata-runtime's launcher, registered
 * with {@link ChildProcesses} (ended with its test, SIGTERM, then its workers), a shell watchdog
 * ends it if the test JVM is SIGKILLed, and
 * the next run removes any prefix a killed run left. {@link #close()} keeps the logs in
 * {@code target/kata/logs/NAME-nginx-error.log} and deletes the prefix.
 */
public final class Nginx implements AutoCloseable {

    private static final Path ROOT = TestFork.folder(Path.of("target", "kata", "nginx"));
    private static final Path LOGS = TestFork.folder(Path.of("target", "kata", "logs"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final int PORT_ATTEMPTS = 3;
    private static boolean leftoversRemoved;

    private final String name;
    private final NginxBinary binary;
    private final Path prefix;
    private final int port;
    private final ProcessHandle master;

    private Nginx(String name, NginxBinary binary, Path prefix, int port, ProcessHandle master) {
        this.name = name;
        this.binary = binary;
        this.prefix = prefix;
        this.port = port;
        this.master = master;
    }

    /** For {@code @BeforeEach}: skips the test, saying how to get nginx, when there is none. */
    public static NginxBinary assumeAvailable() {
        Assumptions.assumeTrue(NginxBinary.find().isPresent(), NginxBinary.HOW_TO_GET_ONE);
        return NginxBinary.find().orElseThrow();
    }

    /** @param config the configuration for a port: it must listen on 127.0.0.1:port */
    public static Nginx start(String name, IntFunction<String> config) {
        NginxBinary binary = assumeAvailable();
        synchronized (Nginx.class) {
            if (!leftoversRemoved) {
                NginxPrefix.removeLeftovers(ROOT);
                leftoversRemoved = true;
            }
        }
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            Path prefix = NginxPrefix.create(ROOT, name);
            int port = freePort();
            try {
                return launch(name, binary, prefix, port, config.apply(port));
            } catch (IllegalStateException e) {
                failures.add(e.getMessage());
                NginxPrefix.delete(prefix);
            }
        }
        throw new IllegalStateException("nginx " + name + " did not start: " + String.join(" | ", failures));
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public NginxBinary binary() {
        return binary;
    }

    public Path prefix() {
        return prefix;
    }

    public long pid() {
        return master.pid();
    }

    /** Worker processes running now: after a reload the old ones stay until their requests finish. */
    public long workers() {
        return master.children().filter(ProcessHandle::isAlive).count();
    }

    /**
     * Writes a new configuration and signals a reload ({@code nginx -s reload}, same {@code -p/-c}).
     * It returns before the new workers serve: wait for something the new configuration answers.
     */
    public void reload(String config) {
        writeConfig(prefix, config);
        int exit = run(binary, prefix, "-s", "reload");
        if (exit != 0) {
            throw new IllegalStateException("nginx -s reload exited with " + exit + "; " + errorLogTail());
        }
    }

    public String errorLogTail() {
        try {
            List<String> lines = Files.readAllLines(prefix.resolve("logs/error.log"));
            return "error.log: " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "no error.log";
        }
    }

    @Override
    public void close() {
        NginxProcessControl.stop(master, Duration.ofSeconds(5));
        keepLogs();
        NginxPrefix.delete(prefix);
    }

    private static Nginx launch(String name, NginxBinary binary, Path prefix, int port, String config) {
        writeConfig(prefix, config);
        ProcessHandle master = ChildProcess.command(command(binary, prefix, "-g", "daemon off;"))
                .log(prefix.resolve("logs/stdout.log")).start().handle();
        Nginx nginx = new Nginx(name, binary, prefix, port, master);
        Watchdog.guard(name, master);
        try {
            Awaitility.await(name + " nginx listening on " + port).atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(25))
                    .until(() -> !master.isAlive() || accepts(port));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            nginx.close();
            throw new IllegalStateException("nginx did not listen on " + port + " within " + START_TIMEOUT);
        }
        if (!master.isAlive()) {
            String why = nginx.errorLogTail();
            nginx.close();
            throw new IllegalStateException("nginx exited at start: " + why);
        }
        System.out.println("nginx " + name + ": " + binary + " listening on 127.0.0.1:" + port + ", prefix " + prefix);
        return nginx;
    }

    private static List<String> command(NginxBinary binary, Path prefix, String... more) {
        List<String> command = new ArrayList<>(List.of(binary.path().toString(), "-p", prefix + "/",
                "-c", "conf/nginx.conf", "-e", "logs/error.log"));
        command.addAll(List.of(more));
        return command;
    }

    private static int run(NginxBinary binary, Path prefix, String... args) {
        return ChildProcess.command(command(binary, prefix, args)).log(prefix.resolve("logs/stdout.log"))
                .run(Duration.ofSeconds(30)).exitCode();
    }

    private static void writeConfig(Path prefix, String config) {
        try {
            Files.writeString(prefix.resolve("conf/nginx.conf"), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the nginx configuration", e);
        }
    }

    private void keepLogs() {
        try {
            Files.createDirectories(LOGS);
            for (String log : List.of("error.log", "access.log")) {
                Path from = prefix.resolve("logs").resolve(log);
                if (Files.exists(from)) {
                    Files.copy(from, LOGS.resolve(name + "-nginx-" + log), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            // the logs are a courtesy; the test's outcome does not depend on them
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
