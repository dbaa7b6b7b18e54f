package kata.runtime.process;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import kata.runtime.http.TestHttp;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * How the launcher knows a child is up, in two steps: the service prints
 * {@code listening on http://HOST:PORT} (it bound port 0, only it knows the port), then its
 * health path answers 200 (bound is not yet ready: routes, caches, connections).
 *
 * <p>Both waits stop early when the process dies, so a crashing service fails its test in a
 * second with the reason, not after the full timeout with none.
 */
final class Readiness {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration HEALTH_REQUEST_TIMEOUT = Duration.ofSeconds(1);
    private static final int FAILURE_TAIL_LINES = 30;

    private Readiness() {
    }

    /** Returns once the child is ready; otherwise kills it and throws {@link ChildStartException}. */
    static void waitUntilReady(ChildProcess run, LaunchPlan plan, LogFile log) {
        long deadline = System.nanoTime() + plan.startTimeout().toNanos();
        String waitingFor = "to print 'listening on http://HOST:PORT'";
        try {
            poll(plan.name() + " " + waitingFor, plan.startTimeout())
                    .until(() -> run.output().port().isPresent() || !run.isAlive());
            failIfDied(run, plan, log);
            if (plan.healthPath() != null) {
                waitingFor = "to answer 200 on " + plan.healthPath();
                TestHttp http = TestHttp.to(run.output().port().getAsInt());
                poll(plan.name() + " " + waitingFor, remaining(deadline))
                        .until(() -> !run.isAlive()
                                || http.tryGet(plan.healthPath(), HEALTH_REQUEST_TIMEOUT).status() == 200);
                failIfDied(run, plan, log);
            }
        } catch (ConditionTimeoutException e) {
            run.kill();
            throw new ChildStartException(plan.name() + " did not start: waited " + plan.startTimeout().toMillis()
                    + " ms for it " + waitingFor + "; it was killed" + tail(log), e);
        }
    }

    /**
     * Awaitility, set up for a library: it must not swap the JVM-wide uncaught-exception handler
     * (its default), or an unrelated thread's exception would fail a start — or a test's own await.
     */
    static ConditionFactory poll(String alias, Duration atMost) {
        return await(alias).pollDelay(Duration.ZERO).pollInterval(POLL).atMost(atMost).dontCatchUncaughtExceptions();
    }

    private static void failIfDied(ChildProcess run, LaunchPlan plan, LogFile log) {
        Optional<ExitCause> cause = run.exitCause();
        if (cause.isPresent()) {
            throw new ChildStartException(plan.name() + " died while starting: " + cause.get() + tail(log));
        }
    }

    /** The real reason is usually in the log: a stack trace, "Address already in use". */
    private static String tail(LogFile log) {
        return "\nlast " + FAILURE_TAIL_LINES + " lines of " + log.path().toAbsolutePath() + ":\n  "
                + String.join("\n  ", log.tail(FAILURE_TAIL_LINES));
    }

    private static Duration remaining(long deadlineNanos) {
        Duration left = Duration.ofNanos(deadlineNanos - System.nanoTime());
        return left.compareTo(POLL) < 0 ? POLL : left; // Awaitility needs a positive timeout
    }
}
