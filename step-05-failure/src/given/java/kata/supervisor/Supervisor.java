package kata.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one program running: starts it, waits for it to end, and - unless it ended cleanly
 * (exit code 0: it chose to stop) - starts it again after the wait its {@link RestartPolicy}
 * gives, or gives up when the policy says it is crash-looping. What init systems, Kubernetes and
 * Compose's restart policies do, in one class: the service's process has its own heap, dies of
 * its own {@code OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}), and is back seconds
 * later, without anyone woken at 3 AM.
 */
public final class Supervisor implements AutoCloseable {

    /** What the supervisor tells as it goes: the app prints it, a test records it. */
    public interface Events {

        void started(int run, ProcessHandle process);

        void ended(int run, int exitCode);

        void restartingIn(Duration wait);

        void gaveUp(String why);
    }

    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final ProcessBuilder program;
    private final RestartPolicy policy;
    private final Events events;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread loop;
    private Process current;
    private volatile boolean gaveUp;

    private Supervisor(ProcessBuilder program, RestartPolicy policy, Events events) {
        this.program = program;
        this.policy = policy;
        this.events = events;
        this.loop = new Thread(this::supervise, "supervisor");
    }

    /** Starts {@code command} with {@code env} added, its output to {@code output}, and keeps it running. */
    public static Supervisor start(List<String> command, Map<String, String> env, Redirect output, RestartPolicy policy,
                                   Events events) {
        ProcessBuilder program = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
        program.environment().putAll(env);
        Supervisor supervisor = new Supervisor(program, policy, events);
        supervisor.loop.start();
        return supervisor;
    }

    /** True once the policy said "crash loop": the program is down, and stays down. */
    public boolean gaveUp() {
        return gaveUp;
    }

    /** Waits until supervising ends: the program stopped cleanly, or the supervisor gave up. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void supervise() {
        try {
            for (int run = 1; ; run++) {
                Process process = launch();
                if (process == null) {
                    return; // closed before it could start
                }
                events.started(run, process.toHandle());
                int exitCode = process.waitFor();
                if (closed.getCount() == 0) {
                    return; // we stopped it
                }
                events.ended(run, exitCode);
                if (exitCode == 0) {
                    return; // it chose to stop: nothing to repair
                }
                Optional<Duration> wait = policy.afterCrash(Instant.now());
                if (wait.isEmpty()) {
                    gaveUp = true;
                    events.gaveUp("crash loop: run " + run + " ended with exit code " + exitCode);
                    return;
                }
                events.restartingIn(wait.get());
                if (closed.await(wait.get().toMillis(), TimeUnit.MILLISECONDS)) {
                    return; // closed while waiting
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            ended.countDown();
        }
    }

    /** Under the lock that {@link #close()} takes too: a program is never started after the close. */
    private synchronized Process launch() {
        if (closed.getCount() == 0) {
            return null;
        }
        try {
            current = program.start();
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + program.command(), e);
        }
    }

    /** Stops supervising and the program with it: SIGTERM, up to 5 s to finish, then SIGKILL. */
    @Override
    public void close() {
        Process process;
        synchronized (this) {
            closed.countDown();
            process = current;
        }
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            loop.join(STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
