package kata.webshop;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kata.shop.catalog.Catalog;
import kata.shop.recommendations.Recommendation;
import kata.shop.recommendations.RecommendationEngine;

/** Recommendation engines that fail the way real ones do at 3 AM: loudly, or by hanging. */
final class MisbehavingEngines {

    private MisbehavingEngines() {
    }

    /** Throws on every call, like an engine whose model failed to load. */
    static RecommendationEngine failing() {
        return new RecommendationEngine(Catalog.standard(), 0) {
            @Override
            public List<Recommendation> recommendFor(String userId) {
                throw new IllegalStateException("recommendation model not loaded");
            }

            @Override
            public void recordPurchase(String userId, List<String> skus) {
                throw new IllegalStateException("recommendation model not loaded");
            }
        };
    }

    /**
     * Blocks every call until {@code release} opens (or 30 s pass), like an engine stuck in a
     * full GC. The test opens the latch when it ends, so no thread stays blocked.
     */
    static RecommendationEngine hanging(CountDownLatch release) {
        return new RecommendationEngine(Catalog.standard(), 0) {
            @Override
            public List<Recommendation> recommendFor(String userId) {
                await(release);
                return List.of();
            }

            @Override
            public void recordPurchase(String userId, List<String> skus) {
                await(release);
            }
        };
    }

    private static void await(CountDownLatch release) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // a time box that cancels us is doing its job
        }
    }
}
