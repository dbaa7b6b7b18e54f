package kata.runtime.process;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Any program as a child process - Maven, nginx, Chromium, {@code docker info}, and under every
 * {@link ChildJvm} a Java service: its merged output read line by line on a thread of its own
 * (into a log file, to a listener), ended together with its descendants, and never outliving
 * this JVM, for it is registered with {@link ChildProcesses}.
 *
 * <pre>{@code
 * ChildProcess.Result version = ChildProcess.command(List.of("nginx", "-v")).run(Duration.ofSeconds(5));
 * }</pre>
 */
public final class ChildProcess {

    /** Long enough for a dying process's last lines to reach the log, short enough never to hang a test. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(2);
    static final int SIGTERM = 15;
    static final int SIGKILL = 9;

    /** What a finished command printed, and how it ended: exit code -1 when it could not run or ran out of time. */
    public record Result(int exitCode, String output) {

        public boolean ok() {
            return exitCode == 0;
        }

        /** The last non-blank line: usually the one that says what went wrong. */
        public String lastLine() {
            return output.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output").strip();
        }
    }

    private final Process process;
    private final OutputPump output;
    /** The signal we sent, so that "stopped on purpose" is not mistaken for a crash. */
    private volatile int signalSent;
    private volatile ExitCause exitCause;

    private ChildProcess(Process process, OutputPump output) {
        this.process = process;
        this.output = output;
    }

    public static Builder command(List<String> command) {
        return new Builder(command);
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end and for its last line to be read; returns its exit code. */
    public int waitFor() throws InterruptedException {
        int exitCode = process.waitFor();
        output.awaitDrained(DRAIN_TIMEOUT);
        return exitCode;
    }

    /** SIGTERM, up to {@code grace} to finish, then SIGKILL; returns once the process is gone. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        signalSent = SIGTERM;
        if (ProcessTree.stop(process, grace)) {
            signalSent = SIGKILL;
        }
        output.awaitDrained(DRAIN_TIMEOUT);
    }

    /** SIGKILL, now, with its descendants: no chance to clean up - like a crash or the OOM killer. */
    public void kill() {
        if (!process.isAlive()) {
            return;
        }
        signalSent = SIGKILL;
        ProcessTree.kill(process);
        output.awaitDrained(DRAIN_TIMEOUT);
    }

    /** Empty while the process runs; computed once, after its output has been read to the end. */
    public Optional<ExitCause> exitCause() {
        if (process.isAlive()) {
            return Optional.empty();
        }
        if (exitCause == null) {
            output.awaitDrained(DRAIN_TIMEOUT);
            exitCause = ExitCause.classify(process.exitValue(), output.oomLine(), signalSent, output.lastMessage());
        }
        return Optional.of(exitCause);
    }

    OutputPump output() {
        return output;
    }

    /** How to start one: the command, where, with which environment, and where its output goes. */
    public static final class Builder {

        private final List<String> command;
        private final Map<String, String> env = new LinkedHashMap<>();
        private Path directory;
        private BufferedWriter log;
        private Consumer<String> lines = line -> { };
        private boolean registered = true;

        private Builder(List<String> command) {
            this.command = List.copyOf(command);
        }

        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder env(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        /** Appends every line of output to this file (created if missing). */
        public Builder log(Path file) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                return log(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the log " + file.toAbsolutePath(), e);
            }
        }

        Builder log(BufferedWriter writer) {
            this.log = writer;
            return this;
        }

        /** Hears every line of output as it comes. */
        public Builder lines(Consumer<String> listener) {
            this.lines = listener;
            return this;
        }

        /** A {@link ChildJvm} registers itself instead: a restart must keep the scope of its first start. */
        Builder unregistered() {
            this.registered = false;
            return this;
        }

        /** @throws UncheckedIOException if the program cannot be started at all */
        public ChildProcess start() {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            BufferedWriter out = log != null ? log : new BufferedWriter(Writer.nullWriter());
            try {
                Process process = builder.start();
                process.getOutputStream().close(); // nothing is ever typed into a child
                ChildProcess child = new ChildProcess(process, OutputPump.start(command.get(0), process.getInputStream(),
                        out, lines));
                if (registered) {
                    ChildProcesses.register(Path.of(command.get(0)).getFileName().toString(), process.toHandle());
                }
                return child;
            } catch (IOException e) {
                closeQuietly(out);
                throw new UncheckedIOException("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
            }
        }

        /** Starts it, waits up to {@code timeout} for it to end, and returns what it printed; ended if it takes longer. */
        public Result run(Duration timeout) {
            List<String> printed = new ArrayList<>();
            Consumer<String> own = lines;
            lines(line -> {
                synchronized (printed) {
                    printed.add(line);
                }
                own.accept(line);
            });
            try {
                ChildProcess child = start();
                if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    child.kill();
                    return new Result(-1, "no answer within " + timeout.toSeconds() + " s");
                }
                int exitCode = child.waitFor();
                synchronized (printed) {
                    return new Result(exitCode, String.join("\n", printed));
                }
            } catch (UncheckedIOException e) {
                return new Result(-1, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(-1, "interrupted");
            }
        }

        private static void closeQuietly(BufferedWriter writer) {
            try {
                writer.close();
            } catch (IOException ignored) {
                // nothing useful to do: the launch already failed
            }
        }
    }
}
