package kata.runtime.process;

import java.io.BufferedWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kata.runtime.http.TestHttp;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A service running in its own JVM, started by a test: its own process, its own heap
 * ({@code -Xmx}), its own fate. This is how the workshop shows isolation for real — when the
 * recommendation service runs out of memory, only its JVM dies.
 *
 * <pre>{@code
 * try (ChildJvm shop = ChildJvm.builder("shop", ShopMain.class).heap("64m").exitOnOutOfMemory().start()) {
 *     TestHttp.to(shop.baseUri()).get("/health");
 * }
 * }</pre>
 *
 * <p>How it knows the service is up: the service binds port 0 and prints
 * {@code NAME listening on http://127.0.0.1:PORT}; the launcher reads the port from that line,
 * then polls {@code /health} until it answers 200. Output goes to {@code target/kata/logs/NAME.log}.
 *
 * <p>Nothing outlives its test: see {@link ChildProcesses}.
 */
public final class ChildJvm implements AutoCloseable {

    /** SIGTERM first: a JVM runs its shutdown hooks and a web server finishes in-flight requests. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final LaunchPlan plan;
    private final LogFile log;
    private volatile ChildProcess run;

    private ChildJvm(LaunchPlan plan) {
        this.plan = plan;
        this.log = new LogFile(plan.logFile());
    }

    public static Builder builder(String name, String mainClassName) {
        return new Builder(name, mainClassName);
    }

    public static Builder builder(String name, Class<?> mainClass) {
        return builder(name, mainClass.getName());
    }

    public String name() {
        return plan.name();
    }

    /** The port the service announced. */
    public int port() {
        return currentRun().output().port()
                .orElseThrow(() -> new IllegalStateException(name() + " has not announced a port"));
    }

    /** {@code http://127.0.0.1:PORT}, ready for {@link TestHttp#to(URI)}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public long pid() {
        return currentRun().pid();
    }

    public boolean isAlive() {
        ChildProcess current = run;
        return current != null && current.isAlive();
    }

    public Path logFile() {
        return log.path();
    }

    /** Everything in the log file so far, including earlier runs of this child (restarts). */
    public String log() {
        return log.content();
    }

    public List<String> logTail(int lines) {
        return log.tail(lines);
    }

    /** Graceful stop: SIGTERM, up to 10 s to finish, then SIGKILL. Descendants are ended too. */
    public void stop() {
        stop(STOP_GRACE);
    }

    synchronized void stop(Duration grace) {
        ChildProcess current = run;
        if (current != null) {
            current.stop(grace);
        }
    }

    /**
     * SIGKILL, now: the process gets no chance to clean up — like a crash or the OOM killer.
     * Not synchronized, so it can interrupt a start that is still waiting.
     */
    public void kill() {
        ChildProcess current = run;
        if (current != null) {
            current.kill();
        }
    }

    /** Stops the service if it runs and starts it again with the same settings (the port may change). */
    public synchronized ChildJvm restart() {
        stop();
        return launch();
    }

    /**
     * Waits for the child to end by itself (a crash, an OOM, a normal exit).
     *
     * @throws ConditionTimeoutException if it is still running after {@code timeout}
     */
    public ExitCause awaitExit(Duration timeout) {
        ChildProcess current = currentRun();
        Readiness.poll(name() + " to exit", timeout).until(() -> !current.isAlive());
        return current.exitCause().orElseThrow();
    }

    /** Why the child ended; empty while it runs. */
    public Optional<ExitCause> exitCause() {
        return currentRun().exitCause();
    }

    @Override
    public void close() {
        stop();
    }

    private ChildProcess currentRun() {
        ChildProcess current = run;
        if (current == null) {
            throw new IllegalStateException(name() + " was never started");
        }
        return current;
    }

    private synchronized ChildJvm launch() {
        if (isAlive()) {
            throw new IllegalStateException(name() + " is already running (pid " + pid() + ")");
        }
        List<String> command = plan.command(ProcessHandle.current().pid());
        BufferedWriter logWriter = log.openForRun(run != null, name() + " starting at " + Instant.now()
                + ": " + readable(command));
        try {
            run = ChildProcess.command(command).env(plan.env()).log(logWriter).unregistered().start();
        } catch (UncheckedIOException e) {
            throw new ChildStartException("could not launch " + name() + ": " + e.getMessage(), e);
        }
        ChildProcesses.register(this);
        Readiness.waitUntilReady(run, plan, log);
        return this;
    }

    /** The command for the log banner, minus the class path (thousands of characters in an IDE). */
    private static String readable(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        int cp = shown.indexOf("-cp");
        if (cp >= 0 && cp + 1 < shown.size()) {
            shown.set(cp + 1, "<test class path>");
        }
        return String.join(" ", shown);
    }

    /** Settings for a child JVM; {@link #start()} launches it and waits until it is healthy. */
    public static final class Builder {

        private final String name;
        private final String mainClass;
        private String heap;
        private boolean exitOnOutOfMemory;
        private final List<String> jvmArgs = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private String classpath = System.getProperty("java.class.path");
        private String healthPath = "/health";
        private Duration startTimeout = Duration.ofSeconds(30);
        private Path logDir = TestFork.folder(Path.of("target", "kata", "logs"));

        private Builder(String name, String mainClass) {
            if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("a child name is used as a file name; use letters, digits, . _ - (got '"
                        + name + "')");
            }
            this.name = name;
            this.mainClass = mainClass;
        }

        /** The heap limit, e.g. "64m" becomes {@code -Xmx64m}: this service's RAM is its RAM. */
        public Builder heap(String xmx) {
            this.heap = xmx;
            return this;
        }

        /** Adds {@code -XX:+ExitOnOutOfMemoryError}: die loudly instead of limping on without memory. */
        public Builder exitOnOutOfMemory() {
            this.exitOnOutOfMemory = true;
            return this;
        }

        public Builder jvmArg(String jvmArg) {
            jvmArgs.add(jvmArg);
            return this;
        }

        /** Program arguments, passed to the main class. */
        public Builder arg(String... values) {
            args.addAll(List.of(values));
            return this;
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        /** Defaults to this JVM's class path, i.e. the test class path with all modules' classes. */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** Defaults to "/health"; {@code null} waits only for the port line. */
        public Builder healthPath(String healthPath) {
            this.healthPath = healthPath;
            return this;
        }

        /** Defaults to 30 s: generous, because a JVM starts slowly on a loaded laptop. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** Defaults to {@code target/kata/logs}, relative to the working directory (the module, under Maven). */
        public Builder logDir(Path logDir) {
            this.logDir = logDir;
            return this;
        }

        /**
         * Launches the JVM and returns once it has announced its port and is healthy.
         *
         * @throws ChildStartException with the cause and the log tail if it dies or times out
         */
        public ChildJvm start() {
            LaunchPlan plan = new LaunchPlan(name, mainClass, heap, exitOnOutOfMemory, jvmArgs, args, env, classpath,
                    healthPath, startTimeout, logDir);
            return new ChildJvm(plan).launch();
        }
    }
}
