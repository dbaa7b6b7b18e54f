package kata.webshop;

import java.time.Duration;
import kata.testkit.threads.ThreadLeaks;
import org.junit.jupiter.api.Test;

/**
 * Given: nothing the shop starts outlives it. The recommendation adapter's threads end when
 * the server stops ({@code Recommendations.close()}, called on the server's stop event), so a
 * JVM that starts and stops shops - a test run, a restart in place - does not collect them.
 */
class LifecycleTest {

    @Test
    void noRecommendationThreadOutlivesItsShop() {
        try (ShopUnderTest shop = ShopUnderTest.start(ShopUnderTest.standardParts())) {
            shop.http().get("/?user=u-1"); // a page and an order put the adapter's threads to work
            shop.http().post("/checkout", "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}");
        }

        ThreadLeaks.awaitNoneNamed(Duration.ofSeconds(3), "recommendations-");
    }
}
