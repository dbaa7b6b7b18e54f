package kata.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kata.runtime.http.HttpResult;
import kata.testkit.Exercise;
import kata.testkit.stub.StubServer;
import kata.webshop.resilience.ResilienceSettings;
import org.junit.jupiter.api.Test;

/**
 * Target 4: past its limit of requests at once, the shop says no at once - 503 with
 * {@code Retry-After} - and counts it, instead of making every request late. Its health is
 * never shed.
 */
class LoadSheddingTest {

    /**
     * A served page holds its place for three attempts at a hung service, about a second; a shed
     * one answers in milliseconds. Half a second between them leaves room for a busy machine.
     */
    private static final Duration AT_ONCE = Duration.ofMillis(500);

    /**
     * A limit of {@code requests} at once, and three attempts at a hung service: a served page
     * holds its place for about a second.
     */
    private static ResilienceSettings limit(int requests) {
        return Defences.none().shedding(requests).retry(3, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5))
                .settings();
    }

    @Test
    @Exercise(hint = "A Semaphore again, around every request: tryAcquire in a before handler; none left: count"
            + " it, set Retry-After and answer 503 (throw HttpResponseException); release in an after handler.",
            more = "Release only what was taken: mark the request that got a place (ctx.attribute).",
            readme = "#target-4-load-shedding")
    void pastTheLimitTheShopAnswers503AtOnceWithRetryAfterAndCountsIt() throws Exception {
        try (StubServer hung = StubServer.answering(request -> StubServer.Answer.hang());
             ResilientShop shop = ResilientShop.start(hung, limit(6))) {

            List<HttpResult> pages = Pages.atOnce(30, i -> shop.storefront("u-" + i));

            List<HttpResult> shed = pages.stream().filter(page -> page.status() == 503).toList();
            assertThat(shed).as("pages shed of 30 at once, 6 allowed in").hasSizeGreaterThanOrEqualTo(20);
            assertThat(pages).as("every page answered: served or shed").allMatch(p -> p.status() == 200 || p.status() == 503);
            assertThat(shed).as("shed answers").allSatisfy(page -> {
                assertThat(page.header("Retry-After")).as("Retry-After").matches("[1-9][0-9]*");
                assertThat(page.contentType()).as("a JSON error").startsWith("application/json");
                assertThat(page.elapsed()).as("shed at once, not after waiting").isLessThan(AT_ONCE);
            });
            assertThat(shop.status().path("shedRequests").asLong()).as("GET /status, shedRequests").isEqualTo(shed.size());
            assertThat(shop.storefront("u-after").status()).as("a page after the flood: places were given back").isEqualTo(200);
        }
    }

    @Test
    @Exercise(hint = "Never shed /health, /ready and /status (LoadShedder.NEVER_SHED): an orchestrator that sees a"
            + " 503 there restarts a shop that was only protecting itself.", readme = "#target-4-load-shedding")
    void aFullShopStillAnswersItsHealthAndShedsTheRest() {
        try (StubServer hung = StubServer.answering(request -> StubServer.Answer.hang());
             ResilientShop shop = ResilientShop.start(hung, limit(1))) {
            CompletableFuture<HttpResult> holding = CompletableFuture.supplyAsync(() -> shop.storefront("u-holding"));
            // the one place is taken while the hung service holds that page: three attempts of 300 ms
            org.awaitility.Awaitility.await("the storefront page reaching the service").atMost(Duration.ofSeconds(5))
                    .until(() -> !hung.received().isEmpty());

            HttpResult products = shop.http().trySend("GET", "/products", null, ResilientShop.PATIENCE);
            HttpResult health = shop.http().trySend("GET", "/health", null, ResilientShop.PATIENCE);
            HttpResult ready = shop.http().trySend("GET", "/ready", null, ResilientShop.PATIENCE);

            assertThat(products.status()).as("another request while the one place is taken").isEqualTo(503);
            assertThat(health.status()).as("/health, the shop full").isEqualTo(200);
            assertThat(ready.status()).as("/ready, the shop full").isEqualTo(200);
            assertThat(holding.join().status()).as("the page that held the place").isEqualTo(200);
            for (int i = 0; i < 3; i++) { // a route that throws gives its place back too
                assertThat(shop.http().trySend("GET", "/products/NO-SUCH-SKU", null, ResilientShop.PATIENCE).status())
                        .as("an unknown product, the one place free").isEqualTo(404);
            }
            assertThat(shop.http().trySend("GET", "/products", null, ResilientShop.PATIENCE).status())
                    .as("the products, after three requests that ended in an error").isEqualTo(200);
        }
    }
}
