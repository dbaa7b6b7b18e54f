package kata.shop.recommendations;

import org.junit.jupiter.api.Test;

import kata.shop.Concurrently;
import kata.shop.catalog.Catalog;

import static kata.shop.catalog.TestProducts.catalogOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The villain's leak is a feature of the workshop: these tests make sure it keeps leaking. */
class RecommendationLeakTest {

    private static final int LEAK = 1_000;

    private final Catalog catalog = catalogOf("A", "B", "C");

    @Test
    void everyCallRetainsExactlyLeakBytesPerCallMore() {
        RecommendationEngine engine = new RecommendationEngine(catalog, LEAK);

        for (int call = 1; call <= 5; call++) {
            engine.recommendFor(call % 2 == 0 ? "alice" : "bob");
            assertThat(engine.retainedBytes()).isEqualTo((long) call * LEAK);
        }
        assertThat(engine.trackedUsers()).isEqualTo(2);
    }

    @Test
    void concurrentCallsAllLeak() throws Exception {
        RecommendationEngine engine = new RecommendationEngine(catalog, LEAK);
        int threads = 8;
        int callsPerThread = 50;

        Concurrently.onThreads(threads, () -> {
            for (int i = 0; i < callsPerThread; i++) {
                engine.recommendFor("alice");
            }
            return null;
        });

        assertThat(engine.retainedBytes()).isEqualTo((long) threads * callsPerThread * LEAK);
    }

    @Test
    void zeroBytesPerCallDisablesTheLeak() {
        RecommendationEngine engine = new RecommendationEngine(catalog, 0);

        engine.recommendFor("alice");
        engine.recommendFor("bob");

        assertThat(engine.retainedBytes()).isZero();
        assertThat(engine.trackedUsers()).isZero();
    }

    @Test
    void theWorkshopEngineLeaks64KiBPerCall() {
        RecommendationEngine engine = RecommendationEngine.withDefaultLeak(catalog);

        engine.recommendFor("alice");

        assertThat(engine.leakBytesPerCall()).isEqualTo(64 * 1024);
        assertThat(engine.retainedBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void aNegativeLeakIsAMistake() {
        assertThatThrownBy(() -> new RecommendationEngine(catalog, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
