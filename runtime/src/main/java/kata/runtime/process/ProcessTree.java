package kata.runtime.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a process together with everything it started.
 *
 * <p>Why the descendants are listed <em>before</em> anything is signalled: once a process has
 * died, its children are re-parented (to init) and no longer show up as its descendants — they
 * would be left behind, unseen.
 */
public final class ProcessTree {

    /** How long to wait for the kernel to confirm a SIGKILL; it is normally instant. */
    private static final Duration AFTER_SIGKILL = Duration.ofSeconds(5);

    private ProcessTree() {
    }

    /**
     * SIGTERM, wait up to {@code grace} for a clean exit (a JVM runs its shutdown hooks, a web
     * server finishes in-flight requests), then SIGKILL. Descendants still alive after that are
     * killed too.
     *
     * @return {@code true} if the process ignored SIGTERM and had to be killed
     */
    static boolean stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroy();
        boolean forced = !awaitExit(root, grace);
        if (forced) {
            root.destroyForcibly();
            awaitExit(root, AFTER_SIGKILL);
        }
        killAll(descendants);
        return forced;
    }

    /** SIGKILL now, the process and its descendants: no shutdown hooks, no goodbye. */
    static void kill(ProcessHandle root) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroyForcibly();
        killAll(descendants);
        awaitExit(root, AFTER_SIGKILL);
    }

    /** {@link #stop(ProcessHandle, Duration)} for a process this JVM started. */
    static boolean stop(Process process, Duration grace) {
        boolean forced = stop(process.toHandle(), grace);
        awaitReaped(process);
        return forced;
    }

    /** {@link #kill(ProcessHandle)} for a process this JVM started. */
    static void kill(Process process) {
        kill(process.toHandle());
        awaitReaped(process);
    }

    /**
     * Why a {@link Process} is awaited again after its handle said it exited: the JDK learns of
     * the exit on one thread and tells the handle and the {@code Process} one after the other, so
     * for a moment {@code process.isAlive()} can still say true. A caller that kills and then
     * asserts "not alive" (a test, a supervisor) must not see that moment.
     */
    private static void awaitReaped(Process process) {
        try {
            process.waitFor(AFTER_SIGKILL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void killAll(List<ProcessHandle> processes) {
        processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** @return whether the process has exited within the timeout */
    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
