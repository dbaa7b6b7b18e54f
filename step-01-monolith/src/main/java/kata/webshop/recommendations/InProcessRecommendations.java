package kata.webshop.recommendations;

import java.time.Duration;
import java.util.List;
import kata.shop.recommendations.Recommendation;
import kata.shop.recommendations.RecommendationEngine;

/**
 * The adapter behind the {@link Recommendations} port while the engine still lives in this JVM.
 * It is the one place that turns the engine's failures and hangs into the port's contract.
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
        // TODO(step-01, time box): run engine.recommendFor on a small, bounded pool of threads and
        //  wait at most `budget`. A timeout, an exception, or a full pool all become
        //  RecommendationsUnavailable - the only failure the port may report.
        throw new UnsupportedOperationException("TODO step 01: time-box the engine (budget " + budget + ")");
    }

    @Override
    public void purchased(String userId, List<String> skus) {
        // TODO(step-01, fire and forget): hand engine.recordPurchase to that pool and return at once;
        //  if it fails, or the pool is full, log it and move on. Never fail the caller.
        throw new UnsupportedOperationException("TODO step 01: record purchases without blocking checkout");
    }
}
