package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import kata.testkit.http.TestHttp;
import kata.testkit.load.LoadProbe;
import kata.testkit.load.LoadReport;
import kata.testkit.load.RunningLoad;
import kata.testkit.process.ChildJvm;
import kata.testkit.process.ExitCause;
import org.junit.jupiter.api.Test;

/**
 * Given: the 3 AM outage. The monolith runs in its own JVM with a small heap, as in production.
 * Checkout traffic is healthy; then recommendation traffic makes the engine leak until the heap
 * is gone - and checkout dies with it, because they share one process.
 *
 * <p>This test passes on the starter AND on the solution: degradation inside one process cannot
 * save it. One heap, one fate. Step 02 moves the engine into its own process.
 */
class OutageTest {

    private static final String ORDER = "{\"customerId\":\"c-night\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    @Test
    void theLeakInRecommendationsTakesCheckoutDownWithIt() {
        ChildJvm monolith = ChildJvm.builder("monolith", WebShopApp.class)
                .heap("48m")
                .exitOnOutOfMemory()
                .env("PORT", "0")
                .env("ADMIN_PASSWORD", "outage-test-only")
                .env("LEAK_BYTES_PER_CALL", String.valueOf(256 * 1024))
                .start();
        TestHttp shop = TestHttp.to(monolith.port());

        LoadReport before = checkoutLoad(shop, 200).run();

        Instant leakStarts = Instant.now();
        RunningLoad checkout = checkoutLoad(shop, 20_000).start();
        RunningLoad recommendations = recommendationLoad(shop).start();
        ExitCause death = monolith.awaitExit(Duration.ofSeconds(20));
        Instant died = Instant.now();
        await().atMost(Duration.ofSeconds(5)).until(() -> checkout.snapshot().window(died, Instant.MAX).total() >= 20);
        LoadReport night = checkout.stop();
        recommendations.stop();

        LoadReport afterDeath = night.window(died, Instant.MAX);
        System.out.printf("%n3 AM, the monolith: checkout success before the leak %.1f %% -> during the leak %.1f %%"
                        + " -> after the crash %.1f %%; the shop %s%n",
                100 * before.successRatio(), 100 * night.window(leakStarts, died).successRatio(),
                100 * afterDeath.successRatio(), death);
        System.out.println(night.timelineTable());

        assertThat(before.successRatio()).as("checkout before the leak").isGreaterThanOrEqualTo(0.99);
        assertThat(death.kind()).as("how the monolith died").isEqualTo(ExitCause.Kind.OUT_OF_MEMORY);
        assertThat(afterDeath.successes()).as("checkouts that succeeded after the crash").isZero();
    }

    private static LoadProbe checkoutLoad(TestHttp shop, int maxRequests) {
        return LoadProbe.named("checkout").workers(2).maxRequests(maxRequests).maxDuration(Duration.ofSeconds(25))
                .request(() -> shop.send("POST", "/checkout", ORDER, REQUEST_TIMEOUT,
                        "Content-Type", "application/json").status() == 201);
    }

    private static LoadProbe recommendationLoad(TestHttp shop) {
        AtomicInteger user = new AtomicInteger();
        return LoadProbe.named("recommendations").workers(2).maxRequests(5_000).maxDuration(Duration.ofSeconds(25))
                .request(() -> shop.send("GET", "/recommendations/u-" + user.incrementAndGet() % 50, null,
                        REQUEST_TIMEOUT).status() == 200);
    }
}
