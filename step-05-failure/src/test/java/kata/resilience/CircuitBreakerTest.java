package kata.resilience;

import static kata.resilience.ResilientShop.withRecommendations;
import static kata.resilience.ResilientShop.withoutRecommendations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import kata.runtime.http.HttpResult;
import kata.testkit.Exercise;
import kata.testkit.stub.StubServer;
import org.junit.jupiter.api.Test;

/**
 * Target 1: a recommendation service that keeps failing is not asked on every page. After five
 * failures in a row the breaker opens: no call at all, the page at once without suggestions.
 * After the wait one probe decides: success closes it, failure opens it again.
 */
class CircuitBreakerTest {

    private static final int FAILURES = 5;
    private static final Duration OPEN_FOR = Duration.ofMillis(800);

    private final AtomicBoolean serviceWell = new AtomicBoolean(false);

    private ResilientShop shopWithABreaker(StubServer service) {
        return ResilientShop.start(service, Defences.none().breaker(FAILURES, OPEN_FOR).settings());
    }

    /** Answers 500 while it is unwell, after {@code delay}; well, it recommends. */
    private StubServer service(Duration delay) {
        return StubServer.answering(request -> (serviceWell.get()
                ? StubServer.Answer.json(200, ResilientShop.RECOMMENDATIONS)
                : StubServer.Answer.json(500, "{\"error\":\"engine failure\",\"status\":500}")).after(delay));
    }

    @Test
    @Exercise(hint = "Count the failures in a row; at five, stop calling: throw CallNotMade at once, without"
            + " calling the supplier, until the wait is over.",
            more = "Three states (CLOSED, OPEN, HALF_OPEN), a counter and the time the breaker opened. state() is"
                    + " what GET /status shows.",
            readme = "#target-1-a-circuit-breaker")
    void afterFiveFailuresInARowTheShopStopsCallingTheService() {
        try (StubServer service = service(Duration.ZERO); ResilientShop shop = shopWithABreaker(service)) {
            for (int i = 0; i < FAILURES; i++) {
                assertThat(withoutRecommendations(shop.storefront("u-" + i))).as("page %d, the service failing", i).isTrue();
            }
            List<HttpResult> open = java.util.stream.IntStream.range(0, 20).mapToObj(i -> shop.storefront("u-open-" + i)).toList();

            assertThat(service.received()).as("calls that reached the service: %d failures, then none", FAILURES)
                    .hasSize(FAILURES);
            assertThat(open).as("pages while the breaker is open").allMatch(ResilientShop::withoutRecommendations);
            assertThat(shop.breaker()).as("GET /status, recommendationsBreaker").isEqualTo("OPEN");
        }
    }

    @Test
    @Exercise(hint = "A success puts the count back to zero: it is failures IN A ROW that open the breaker.",
            readme = "#target-1-a-circuit-breaker")
    void theCountIsOfFailuresInARow() {
        try (StubServer service = service(Duration.ZERO); ResilientShop shop = shopWithABreaker(service)) {
            for (int i = 0; i < FAILURES - 1; i++) {
                shop.storefront("u-" + i);
            }
            serviceWell.set(true);
            assertThat(withRecommendations(shop.storefront("u-well"))).as("the service answers once").isTrue();
            serviceWell.set(false);
            for (int i = 0; i < FAILURES - 1; i++) {
                shop.storefront("u-again-" + i);
            }
            assertThat(shop.breaker()).as("after 4 failures, a success and 4 failures").isEqualTo("CLOSED");
            int before = service.received().size();

            shop.storefront("u-fifth-in-a-row");
            shop.storefront("u-after");

            assertThat(service.received()).as("the fifth failure in a row opens it: the next page makes no call")
                    .hasSize(before + 1);
        }
    }

    @Test
    @Exercise(hint = "When the wait is over, let ONE call through (HALF_OPEN) and refuse the others until it"
            + " ends; its success closes the breaker.",
            more = "Two pages at the same moment must not both become the probe: decide who probes atomically"
                    + " (synchronized, or compareAndSet on the state).",
            readme = "#target-1-a-circuit-breaker")
    void afterTheWaitOneProbeAndItsSuccessClosesTheBreaker() throws Exception {
        // the probe takes 150 ms, so that pages asking meanwhile meet a breaker that is HALF_OPEN
        try (StubServer service = service(Duration.ofMillis(150)); ResilientShop shop = shopWithABreaker(service)) {
            openTheBreaker(shop);
            serviceWell.set(true);
            waitOutTheBreaker();

            List<HttpResult> pages = Pages.atOnce(10, i -> shop.storefront("u-probe-" + i));

            assertThat(service.received()).as("calls after the wait, 10 pages at once: the one probe")
                    .hasSize(FAILURES + 1);
            assertThat(pages.stream().filter(ResilientShop::withRecommendations)).as("pages with recommendations")
                    .hasSize(1);
            assertThat(shop.breaker()).as("after a successful probe").isEqualTo("CLOSED");
            assertThat(withRecommendations(shop.storefront("u-closed"))).as("the next page, breaker closed").isTrue();
        }
    }

    @Test
    @Exercise(hint = "A failed probe opens the breaker again, for the whole wait.", readme = "#target-1-a-circuit-breaker")
    void aFailedProbeOpensTheBreakerAgain() {
        try (StubServer service = service(Duration.ZERO); ResilientShop shop = shopWithABreaker(service)) {
            openTheBreaker(shop);
            waitOutTheBreaker();

            shop.storefront("u-probe");
            for (int i = 0; i < 10; i++) {
                shop.storefront("u-open-again-" + i);
            }

            assertThat(service.received()).as("calls: %d failures, one failed probe, then none", FAILURES)
                    .hasSize(FAILURES + 1);
            assertThat(shop.breaker()).as("after a failed probe").isEqualTo("OPEN");
        }
    }

    private static void openTheBreaker(ResilientShop shop) {
        for (int i = 0; i < FAILURES; i++) {
            shop.storefront("u-" + i);
        }
        assertThat(shop.breaker()).as("after %d failures in a row", FAILURES).isEqualTo("OPEN");
    }

    /** The breaker's wait, and a little more: nothing to poll for, the breaker decides when asked. */
    private static void waitOutTheBreaker() {
        await("the breaker's wait").pollDelay(OPEN_FOR.plusMillis(200)).atMost(OPEN_FOR.plusSeconds(2)).until(() -> true);
    }
}
