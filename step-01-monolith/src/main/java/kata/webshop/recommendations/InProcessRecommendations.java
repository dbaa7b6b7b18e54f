package kata.webshop.recommendations;

import java.time.Duration;
import java.util.List;
import kata.shop.recommendations.Recommendation;
import kata.shop.recommendations.RecommendationEngine;

/**
 * The adapter behind the {@link Recommendations} port while the engine still lives in this JVM.
 * It is the one place that turns the engine's failures and hangs into the port's contract.
 *
 * <p>As it stands it only forwards: the engine runs on the caller's thread, so its failures
 * and its hangs are the caller's too. The README's numbers: a bulkhead of 4 threads and a queue
 * of 16 tasks; the {@code budget} the shop passes in is 250 ms.
 */
public final class InProcessRecommendations implements Recommendations {

    private final RecommendationEngine engine;
    private final Duration budget;

    public InProcessRecommendations(RecommendationEngine engine, Duration budget) {
        this.engine = engine;
        this.budget = budget;
    }

    @Override
    public List<Recommendation> forUser(String userId) {
        // TODO(step-01, time box): run engine.recommendFor on a bulkhead - 4 threads, a queue of
        //  16 - and wait at most `budget`. A timeout, an exception, or a full pool all become
        //  RecommendationsUnavailable, the only failure the port may report. close() shuts it down.
        return engine.recommendFor(userId);
    }

    @Override
    public void purchased(String userId, List<String> skus) {
        // TODO(step-01, fire and forget): hand engine.recordPurchase to that pool and return at once;
        //  if it fails, or the pool is full, log it and move on. Never fail the caller.
        engine.recordPurchase(userId, skus);
    }
}
