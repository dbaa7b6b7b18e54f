package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import kata.testkit.Exercise;
import kata.testkit.http.HttpResult;
import kata.webshop.pages.StorefrontPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Graceful degradation inside one process: when recommendations fail or hang, the shop still
 * sells. (It cannot survive a memory leak this way - that is step 02.)
 */
class DegradationTest {

    /** The storefront's promise to customers, whatever recommendations do. */
    private static final Duration STOREFRONT_BUDGET = Duration.ofMillis(500);
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
        assertThat(page.elapsed()).as("storefront latency with a hanging engine").isLessThan(STOREFRONT_BUDGET);
        assertThat(page.body()).contains(StorefrontPage.UNAVAILABLE);
    }

    @Test
    @Exercise(hint = "Checkout waits for engine.recordPurchase. Tell the port instead, and make"
            + " purchased(...) fire-and-forget: it returns at once and never throws.",
            readme = "#target-5-checkout-never-waits-for-recommendations")
    void checkoutNeverWaitsForRecommendations() {
        shop = ShopUnderTest.start(ShopUnderTest.standardParts()
                .withEngine(MisbehavingEngines.hanging(releaseHungEngine)));

        HttpResult order = shop.http().trySend("POST", "/checkout", ORDER, PATIENCE, "Content-Type", "application/json");

        assertThat(order.status()).as("checkout status with a hanging engine (-1: no answer within %s)", PATIENCE)
                .isEqualTo(201);
        assertThat(order.elapsed()).as("checkout latency with a hanging engine").isLessThan(STOREFRONT_BUDGET);
        assertThat(shop.parts().orders().count()).isEqualTo(1);
    }
}
