package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kata.shop.catalog.Catalog;
import kata.shop.recommendations.RecommendationEngine;
import kata.runtime.http.HttpResult;
import org.junit.jupiter.api.Test;

/**
 * Given: a retried checkout (same {@code Idempotency-Key}) gets the original order back and
 * buys nothing new, so recommendations hear of the purchase once. Otherwise every network
 * retry would inflate "customers also bought".
 */
class RetriedCheckoutTest {

    private static final String ORDER = "{\"customerId\":\"c-9\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";

    @Test
    void aRetriedCheckoutTellsRecommendationsOnce() {
        AtomicInteger purchasesRecorded = new AtomicInteger();
        RecommendationEngine counting = new RecommendationEngine(Catalog.standard(), 0) {
            @Override
            public void recordPurchase(String userId, List<String> skus) {
                purchasesRecorded.incrementAndGet();
            }
        };
        try (ShopUnderTest shop = ShopUnderTest.start(ShopUnderTest.standardParts().withEngine(counting))) {
            HttpResult first = shop.http().send("POST", "/checkout", ORDER, Duration.ofSeconds(5),
                    "Content-Type", "application/json", "Idempotency-Key", "cart-9");
            HttpResult retry = shop.http().send("POST", "/checkout", ORDER, Duration.ofSeconds(5),
                    "Content-Type", "application/json", "Idempotency-Key", "cart-9");

            assertThat(retry.body()).as("the retry's order").isEqualTo(first.body());
            // Recording may happen on another thread: wait for the first, then make sure no second follows.
            await("the purchase recorded").atMost(Duration.ofSeconds(2)).untilAtomic(purchasesRecorded, equalTo(1));
            await("no second purchase recorded for the retry").during(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(1)).untilAtomic(purchasesRecorded, equalTo(1));
        }
    }
}
