package kata.webshop.recommendations;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kata.platform.log.DependencyLog;
import kata.shop.recommendations.Recommendation;
import kata.shop.recommendations.RecommendationEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter behind the {@link Recommendations} port while the engine still lives in this JVM.
 * It is the one place that turns the engine's failures and hangs into the port's contract.
 */
public final class InProcessRecommendations implements Recommendations {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessRecommendations.class);
    /** Lost purchases are logged when they start and stop being lost, not one line per order. */
    private final DependencyLog purchasesLog = new DependencyLog(LOG, "recording purchases");
    /** The bulkhead: hung engine calls can occupy these threads, never the web server's. */
    static final int THREADS = 4;
    /** Bounded, so a stuck engine fills it and every further call is refused at once. */
    static final int QUEUE = 16;
    /** How long close() lets queued purchases finish before it cuts them off. */
    private static final long DRAIN_MILLIS = 1_000;

    private final RecommendationEngine engine;
    private final Duration budget;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), named("recommendations-"));

    public InProcessRecommendations(RecommendationEngine engine, Duration budget) {
        this.engine = engine;
        this.budget = budget;
    }

    @Override
    public List<Recommendation> forUser(String userId) {
        Future<List<Recommendation>> answer;
        try {
            answer = pool.submit(() -> engine.recommendFor(userId));
        } catch (RejectedExecutionException full) {
            throw new RecommendationsUnavailable("engine busy: every recommendation thread is taken", full);
        }
        try {
            return answer.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            // Interrupt the engine: we stopped waiting anyway. A task that has not started keeps
            // its place in the queue, so a stuck engine fills the queue and later calls fail fast.
            answer.cancel(true);
            throw new RecommendationsUnavailable("engine did not answer within " + budget.toMillis() + " ms", slow);
        } catch (ExecutionException failed) {
            throw new RecommendationsUnavailable("engine failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RecommendationsUnavailable("interrupted while waiting for the engine", interrupted);
        }
    }

    @Override
    public void purchased(String userId, List<String> skus) {
        try {
            pool.execute(() -> {
                try {
                    engine.recordPurchase(userId, skus);
                    purchasesLog.answered();
                } catch (RuntimeException e) {
                    // No customer id in the log: logs travel further than the data they describe.
                    purchasesLog.failed(e.toString());
                }
            });
        } catch (RejectedExecutionException full) {
            purchasesLog.failed("engine busy: every recommendation thread is taken");
        }
    }

    /** Queued purchases get a moment to finish; then the threads are interrupted and end. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(DRAIN_MILLIS, TimeUnit.MILLISECONDS)) {
                int dropped = pool.shutdownNow().size();
                LOG.warn("recommendations stopped with {} queued tasks dropped", dropped);
            }
        } catch (InterruptedException interrupted) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true); // a forgotten close() must never keep a stopping JVM alive
            return thread;
        };
    }
}
