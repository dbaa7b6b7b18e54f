package kata.runtime.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open model: requests arrive at a fixed rate, like customers who do not care that the
 * service is slow. Each arrival runs on a bounded pool of request threads; when all of them are
 * busy (the service cannot keep up), the arrival is <em>dropped</em> and counted as a failure
 * instead of queueing — a queue would quietly turn this back into a closed model.
 */
final class OpenLoop implements LoadShape {

    private final RequestBudget budget;
    private final SampleRecorder recorder;
    private final RequestAction action;
    private final long periodNanos;
    private final ScheduledThreadPoolExecutor ticker;
    private final ThreadPoolExecutor pool;
    /** Arrivals being handled (ticking or running); the shape is finished when it drops to 0 after issuing stopped. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile boolean issuing = true;

    OpenLoop(int ratePerSecond, int poolSize, LoadThreads threads, RequestBudget budget, SampleRecorder recorder,
             RequestAction action) {
        this.budget = budget;
        this.recorder = recorder;
        this.action = action;
        this.periodNanos = 1_000_000_000L / ratePerSecond;
        this.ticker = new ScheduledThreadPoolExecutor(1, work -> threads.named(threads.prefix() + "ticker", work));
        // core 0 + SynchronousQueue: a thread per concurrent request, up to poolSize, no queue.
        // Idle threads are kept (60 s) rather than re-made; stopIssuing() ends them all anyway.
        this.pool = new ThreadPoolExecutor(0, poolSize, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads,
                new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void start() {
        ticker.scheduleAtFixedRate(this::arrive, 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public CompletableFuture<Void> finished() {
        return finished;
    }

    @Override
    public void stopIssuing() {
        issuing = false;
        ticker.shutdown();
        pool.shutdown(); // running requests continue; their threads end afterwards
        if (inFlight.get() == 0) {
            finished.complete(null);
        }
    }

    private void arrive() {
        inFlight.incrementAndGet(); // before the checks, so stopIssuing() cannot miss this arrival
        if (!issuing || !budget.tryIssue()) {
            if (issuing) {
                stopIssuing(); // a cap was reached
            }
            arrivalDone();
            return;
        }
        try {
            pool.execute(this::send);
        } catch (RejectedExecutionException rejected) {
            if (!pool.isShutdown()) {
                recorder.recordDropped(); // every request thread busy: the service is not keeping up
            } // else the probe is ending: this arrival was cut off by us, not refused by the service
            arrivalDone();
        }
    }

    private void send() {
        try {
            recorder.measure(action);
        } finally {
            arrivalDone();
        }
    }

    private void arrivalDone() {
        if (inFlight.decrementAndGet() == 0 && !issuing) {
            finished.complete(null);
        }
    }
}
