package kata.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import kata.testkit.stub.StubServer;
import kata.webshop.resilience.ResilienceSettings;
import org.junit.jupiter.api.Test;

/**
 * Given: retries are for reads. A purchase told to the recommendation service (a POST, on
 * checkout) is sent once, even when it fails: sent again after a timeout, the service may count
 * one purchase twice. ResilientRecommendations keeps this promise, whatever the Retry does.
 */
class PurchasesAreNotRetriedTest {

    @Test
    void aFailedPurchaseIsSentOnceAndCheckoutDoesNotWaitForIt() {
        ResilienceSettings retrying = ResilienceSettings.standard();
        try (StubServer failing = StubServer.answering(request -> StubServer.Answer.status(503));
             ResilientShop shop = ResilientShop.start(failing, retrying)) {

            assertThat(shop.checkout().status()).as("checkout, the recommendation service failing").isEqualTo(201);

            await("the purchase reaching the service").atMost(Duration.ofSeconds(5))
                    .until(() -> failing.received().stream().anyMatch(r -> r.method().equals("POST")));
            // a retry would come within the longest backoff (RETRY_CAP_MS, 400 ms): wait a little longer
            await("a second try that must not come").during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3))
                    .until(() -> failing.received().stream().filter(r -> r.method().equals("POST")).count() == 1);
        }
    }
}
