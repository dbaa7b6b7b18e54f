package kata.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import kata.runtime.http.HttpResult;
import kata.testkit.stub.StubServer;
import kata.webshop.resilience.ResilienceSettings;
import org.junit.jupiter.api.Test;

/**
 * Given, and a guard for targets 2 and 3 together: a call the bulkhead refused was never made, so
 * the retry must not try it again - the page answers at once without suggestions. A retry that
 * catches every RuntimeException (CallNotMade included) waits out its backoffs first. Green on the
 * starter (nothing is refused there) and on the solution; red for that mistake (98 times in 100:
 * two random waits can both be short).
 */
class RefusedCallsAreNotRetriedTest {

    /** Backoff ceilings of 1 and 2 s: a retried refusal would wait more than the bound below (98 times in 100). */
    private static final Duration BASE = Duration.ofSeconds(1);

    @Test
    void aPageRefusedByTheBulkheadIsNotRetried() throws Exception {
        ResilienceSettings settings = Defences.none().bulkhead(1).retry(3, BASE, Duration.ofSeconds(2), Duration.ofSeconds(5))
                .settings();
        // the first page's first call hangs and holds the bulkhead's one place; every other is answered at once
        AtomicBoolean held = new AtomicBoolean();
        try (StubServer service = StubServer.answering(request -> request.rawPath().endsWith("/u-holding")
                && held.compareAndSet(false, true)
                ? StubServer.Answer.hang() : StubServer.Answer.json(200, ResilientShop.RECOMMENDATIONS));
             ResilientShop shop = ResilientShop.start(service, settings)) {
            shop.storefront("u-warm-up");

            List<HttpResult> pages = Pages.atOnce(2, i -> {
                if (i == 0) {
                    return shop.storefront("u-holding");
                }
                org.awaitility.Awaitility.await("the first page holding the place").atMost(Duration.ofSeconds(5))
                        .until(() -> service.received().stream().anyMatch(r -> r.rawPath().endsWith("/u-holding")));
                return shop.storefront("u-refused");
            });

            // Refused by a bulkhead (once target 2 is done) or answered by the service (before): at once
            // either way. Only a retried refusal waits, a backoff of up to 1 s, then 2 s.
            assertThat(pages.get(1).elapsed()).as("the second page, the bulkhead's one place taken, retries with %s"
                    + " backoff: a refusal is not retried (catch RecommendationsUnavailable, not CallNotMade)", BASE)
                    .isLessThan(Duration.ofMillis(250));
        }
    }
}
