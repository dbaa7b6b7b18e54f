package kata.runtime.load;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A load probe running in the background while the test does something to the service (kills
 * it, restarts it, fills its heap).
 *
 * <pre>{@code
 * RunningLoad load = LoadProbe.named("checkout").workers(4)...start();
 * recommendations.kill();
 * LoadReport report = load.stop();
 * }</pre>
 *
 * <p>A supervisor thread enforces the caps even if the test never calls {@link #stop()}: when
 * the budget is spent or the time is up, it stops issuing, gives running requests a short grace
 * to finish, seals the report and interrupts what is left.
 */
public final class RunningLoad {

    /** How long requests still running at the end may take to finish before they are cut off. */
    static final Duration GRACE = Duration.ofMillis(500);
    /** Longer than the supervisor can ever need after the caps: grace to finish + grace to join. */
    private static final Duration STOP_TIMEOUT = GRACE.multipliedBy(2).plusSeconds(5);

    private final LoadShape shape;
    private final LoadThreads threads;
    private final RequestBudget budget;
    private final SampleRecorder recorder;
    private final CompletableFuture<Void> stopRequested = new CompletableFuture<>();
    private final CompletableFuture<LoadReport> report = new CompletableFuture<>();

    private RunningLoad(LoadShape shape, LoadThreads threads, RequestBudget budget, SampleRecorder recorder) {
        this.shape = shape;
        this.threads = threads;
        this.budget = budget;
        this.recorder = recorder;
    }

    static RunningLoad start(LoadShape shape, LoadThreads threads, RequestBudget budget, SampleRecorder recorder) {
        RunningLoad load = new RunningLoad(shape, threads, budget, recorder);
        Thread supervisor = threads.named(threads.prefix() + "supervisor", load::supervise);
        shape.start();
        supervisor.start();
        return load;
    }

    /** Ends the probe now and returns the final report (requests in flight get a short grace). */
    public LoadReport stop() {
        stopRequested.complete(null);
        return awaitReport(STOP_TIMEOUT);
    }

    /**
     * Waits for the probe to end by itself (a cap reached) and returns the final report.
     *
     * @throws IllegalStateException if it is still running after {@code timeout}
     */
    public LoadReport awaitReport(Duration timeout) {
        try {
            LoadReport last = report.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            threads.joinAll(GRACE); // the supervisor's last breath: nothing of ours outlives this call
            return last;
        } catch (TimeoutException e) {
            throw new IllegalStateException("load probe still running after " + timeout.toMillis() + " ms: "
                    + snapshot().summary(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("load probe failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the load probe", e);
        }
    }

    /** The samples so far, without stopping anything. */
    public LoadReport snapshot() {
        return recorder.snapshot(budget.issued());
    }

    public boolean isDone() {
        return report.isDone();
    }

    private void supervise() {
        try {
            awaitQuietly(CompletableFuture.anyOf(shape.finished(), stopRequested), budget.timeLeft());
            budget.close();
            shape.stopIssuing();
            awaitQuietly(shape.finished(), GRACE);
            LoadReport last = recorder.seal(budget.issued());
            threads.interruptAll(); // requests still running were cut off by us; they are not counted
            threads.joinAll(GRACE);
            report.complete(last);
        } catch (RuntimeException | Error e) {
            report.completeExceptionally(e);
        }
    }

    private static void awaitQuietly(CompletableFuture<?> future, Duration timeout) {
        try {
            future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException timeUpOrDone) {
            // either way: time to move on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
