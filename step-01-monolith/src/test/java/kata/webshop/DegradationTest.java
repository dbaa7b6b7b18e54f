package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import kata.runtime.load.LoadProbe;
import kata.runtime.load.LoadReport;
import kata.webshop.pages.StorefrontPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Graceful degradation inside one process: when recommendations fail or hang, the shop still
 * sells. (It cannot survive a memory leak this way - that is step 02.)
 */
class DegradationTest {

    /**
     * The storefront's promise to customers, whatever recommendations do: the engine's 250 ms
     * time box plus room for the page and a busy machine. Measured on a 2-core machine under
     * load 14-18 (other builds), 10 runs of 10 warmed-up calls: storefront p90 265-314 ms,
     * checkout p90 7-68 ms. A page without a time box waits for the hung engine (no answer
     * within PATIENCE); one with a budget of 500 ms or more fails here too.
     */
    private static final Duration STOREFRONT_BUDGET = Duration.ofMillis(500);
    /** The timed figure is a percentile of warmed-up calls: one GC pause must not decide the test. */
    private static final double PERCENTILE = 90;
    private static final int WARM_UP_CALLS = 3;
    private static final int TIMED_CALLS = 10;
    /** How long we are willing to watch a starter hang before calling it a failure. */
    private static final Duration PATIENCE = Duration.ofMillis(1500);
    private static final String ORDER = "{\"customerId\":\"c-42\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";

    private final CountDownLatch releaseHungEngine = new CountDownLatch(1);
    private ShopUnderTest shop;

    @AfterEach
    void stopShop() {
        releaseHungEngine.countDown();
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    @Exercise(hint = "An exception from the engine reaches the storefront and becomes a 500. Catch"
            + " RecommendationsUnavailable and render StorefrontPage.withoutRecommendations(...).",
            readme = "#target-3-the-storefront-degrades")
    void storefrontStillSellsWhenTheEngineFails() {
        shop = ShopUnderTest.start(ShopUnderTest.standardParts().withEngine(MisbehavingEngines.failing()));

        HttpResult page = shop.http().tryGet("/?user=u-1", PATIENCE);

        assertThat(page.status()).as("storefront status when the engine throws").isEqualTo(200);
        assertThat(page.body()).contains(StorefrontPage.UNAVAILABLE).contains("VPS-SSD-16GB");
    }

    @Test
    @Exercise(hint = "A hanging engine hangs the page. InProcessRecommendations must wait at most its"
            + " budget (Future.get with a timeout) and then report RecommendationsUnavailable.",
            more = "Use a small fixed thread pool (a bulkhead) so hung calls cannot eat every thread;"
                    + " cancel the future on timeout; a rejected task is 'unavailable' too.",
            readme = "#target-4-a-time-box-around-the-engine")
    void storefrontAnswersWithinItsBudgetWhenTheEngineHangs() {
        shop = ShopUnderTest.start(ShopUnderTest.standardParts()
                .withEngine(MisbehavingEngines.hanging(releaseHungEngine)));

        HttpResult page = shop.http().tryGet("/?user=u-1", PATIENCE);
        assertThat(page.status()).as("storefront status with a hanging engine (-1: no answer within %s)", PATIENCE)
                .isEqualTo(200);
        assertThat(page.body()).contains(StorefrontPage.UNAVAILABLE);

        LoadReport pages = timedAfterWarmUp("storefront, engine hung", () -> shop.http().tryGet("/?user=u-1", PATIENCE), 200);
        assertThat(pages.successes()).as("pages with status 200: %s", pages.summary()).isEqualTo(TIMED_CALLS);
        assertThat(pages.percentile(PERCENTILE)).as("storefront latency with a hanging engine, p%.0f: %s",
                PERCENTILE, pages.summary()).isLessThan(STOREFRONT_BUDGET);
    }

    @Test
    @Exercise(hint = "Checkout waits for engine.recordPurchase. Tell the port instead, and make"
            + " purchased(...) fire-and-forget: it returns at once and never throws.",
            readme = "#target-5-checkout-never-waits-for-recommendations")
    void checkoutNeverWaitsForRecommendations() {
        shop = ShopUnderTest.start(ShopUnderTest.standardParts()
                .withEngine(MisbehavingEngines.hanging(releaseHungEngine)));

        HttpResult order = placeOrder();
        assertThat(order.status()).as("checkout status with a hanging engine (-1: no answer within %s)", PATIENCE)
                .isEqualTo(201);

        LoadReport orders = timedAfterWarmUp("checkout, engine hung", this::placeOrder, 201);
        assertThat(orders.successes()).as("orders placed: %s", orders.summary()).isEqualTo(TIMED_CALLS);
        assertThat(orders.percentile(PERCENTILE)).as("checkout latency with a hanging engine, p%.0f: %s",
                PERCENTILE, orders.summary()).isLessThan(STOREFRONT_BUDGET);
        assertThat(shop.parts().orders().count()).isEqualTo(1 + WARM_UP_CALLS + TIMED_CALLS);
    }

    private HttpResult placeOrder() {
        return shop.http().trySend("POST", "/checkout", ORDER, PATIENCE, "Content-Type", "application/json");
    }

    /** A few calls to warm up (a fresh shop's first calls load classes), then TIMED_CALLS timed ones. */
    private static LoadReport timedAfterWarmUp(String name, Supplier<HttpResult> call, int expectedStatus) {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            call.get();
        }
        return LoadProbe.named(name).workers(1).maxRequests(TIMED_CALLS).maxDuration(Duration.ofSeconds(30))
                .request(() -> call.get().status() == expectedStatus)
                .run();
    }
}
