package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import kata.runtime.http.TestHttp;
import kata.runtime.process.ChildJvm;
import kata.runtime.process.ExitCause;
import kata.runtime.night.NightReport;
import kata.runtime.night.Night;
import org.junit.jupiter.api.Test;

/**
 * Given: the 3 AM outage. The monolith runs in its own JVM with a small heap (48 MB, so the leak
 * kills it in seconds; by hand it runs with 64 MB) and dies on OutOfMemoryError, as in production.
 * Customers check out and browse; then a crawler walks the recommendation pages, the engine
 * leaks until the heap is gone - and checkout dies with it, because they share one process.
 *
 * <p>Green on the starter AND on the solution: degradation inside one process cannot save it.
 * One heap, one fate. Step 02 moves the engine into its own process.
 */
class OutageTest {

    @Test
    void theLeakInRecommendationsTakesCheckoutDownWithIt() {
        NightReport night;
        try (ChildJvm monolith = ChildJvm.builder("monolith", WebShopApp.class)
                .heap("48m")
                .exitOnOutOfMemory()
                .env("PORT", "0")
                .env("ADMIN_PASSWORD", "outage-test-only")
                .env("LEAK_BYTES_PER_CALL", String.valueOf(256 * 1024))
                .start()) {
            night = Night.against(TestHttp.to(monolith.port())).run(monolith);
        }

        System.out.println(night.line("3 AM, the monolith"));
        System.out.println(night.checkout().timelineTable());
        assertThat(night.before().successRatio()).as("checkout success before the leak").isGreaterThanOrEqualTo(0.99);
        assertThat(night.death().kind()).as("how the monolith died").isEqualTo(ExitCause.Kind.OUT_OF_MEMORY);
        assertThat(night.afterCrash().successes()).as("checkouts that succeeded after the crash").isZero();
        assertThat(night.storefront().window(night.died(), Instant.MAX).successes())
                .as("storefront pages served after the crash").isZero();
    }
}
