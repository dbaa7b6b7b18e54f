package kata.webshop;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

    /**
     * Blocks every call until {@code release} opens, and ignores interrupts while it waits, like
     * an engine stuck in native code or a lock: a time box can stop waiting for it, but cannot
     * get its thread back. Counts how many calls it holds at once, the bulkhead's measure.
     */
    static StuckEngine stuck(CountDownLatch release) {
        return new StuckEngine(release);
    }

    static final class StuckEngine extends RecommendationEngine {

        private final CountDownLatch release;
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();

        private StuckEngine(CountDownLatch release) {
            super(Catalog.standard(), 0);
            this.release = release;
        }

        @Override
        public List<Recommendation> recommendFor(String userId) {
            holdUntilReleased();
            return List.of();
        }

        @Override
        public void recordPurchase(String userId, List<String> skus) {
            holdUntilReleased();
        }

        /** The most calls this engine held at the same moment. */
        int mostCallsAtOnce() {
            return mostAtOnce.get();
        }

        private void holdUntilReleased() {
            mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                boolean interrupted = false;
                while (release.getCount() > 0) {
                    try {
                        release.await(30, TimeUnit.SECONDS);
                        break; // released, or 30 s passed: a test never holds a thread longer
                    } catch (InterruptedException e) {
                        interrupted = true; // stuck means stuck: keep holding the thread
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    private static void await(CountDownLatch release) {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // a time box that cancels us is doing its job
        }
    }
}
