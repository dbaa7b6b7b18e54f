package kata.webshop.recommendations;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    /** A bulkhead: hung engine calls can occupy these threads, never the web server's. */
    private static final int THREADS = 4;
    private static final int QUEUE = 16;

    private final RecommendationEngine engine;
    private final Duration budget;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), InProcessRecommendations::daemon);

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
            answer.cancel(true); // interrupt the engine; we stopped waiting anyway
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
                } catch (RuntimeException e) {
                    LOG.warn("purchase by {} not recorded for recommendations: {}", userId, e.toString());
                }
            });
        } catch (RejectedExecutionException full) {
            LOG.warn("purchase by {} not recorded for recommendations: engine busy", userId);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "recommendations");
        thread.setDaemon(true); // never keeps a stopping shop alive
        return thread;
    }
}
