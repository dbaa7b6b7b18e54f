package kata.testkit.scenario;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import kata.testkit.http.TestHttp;
import kata.testkit.load.LoadProbe;
import kata.testkit.load.RunningLoad;
import kata.testkit.process.ChildJvm;
import kata.testkit.process.ExitCause;

/**
 * The 3 AM night, replayable: customers check out and browse the storefront; after a calm
 * phase a crawler walks the recommendation pages until the leaking process dies; customers keep
 * coming for a while after. Every step runs the same night, so their figures compare.
 *
 * <p>Bounded: every load has a request cap and a time cap, and everything targets loopback.
 */
public final class NightScenario {

    private static final String ORDER = "{\"customerId\":\"c-night\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final int STOREFRONT_PAGES_PER_SECOND = 10;

    private final TestHttp shop;
    private int calmCheckouts = 150;
    private int checkoutsAfterCrash = 100;
    private Duration maxLeak = Duration.ofSeconds(20);

    private NightScenario(TestHttp shop) {
        this.shop = shop;
    }

    /** Customers use this shop, and the crawler walks its recommendation route. */
    public static NightScenario against(TestHttp shop) {
        return new NightScenario(shop);
    }

    /** How many checkouts the calm phase and the after-crash phase each last. */
    public NightScenario checkouts(int calm, int afterCrash) {
        this.calmCheckouts = calm;
        this.checkoutsAfterCrash = afterCrash;
        return this;
    }

    /** The longest the crawler may take to kill the leaking process before the night fails. */
    public NightScenario maxLeak(Duration maxLeak) {
        this.maxLeak = maxLeak;
        return this;
    }

    /** Runs the night; {@code leaking} is the process expected to die of the leak. */
    public NightReport run(ChildJvm leaking) {
        Duration cap = maxLeak.plusSeconds(20);
        RunningLoad checkout = LoadProbe.named("checkout").workers(2).maxRequests(100_000).maxDuration(cap)
                .request(() -> shop.send("POST", "/checkout", ORDER, REQUEST_TIMEOUT,
                        "Content-Type", "application/json").status() == 201)
                .start();
        // Browsing is paced: in the monolith every page also feeds the leak, and the calm phase
        // must stay calm until the crawler comes. Enough threads for every page that may be in
        // flight at once (rate x request timeout), so a slow page is measured, never "dropped".
        RunningLoad storefront = LoadProbe.named("storefront").ratePerSecond(STOREFRONT_PAGES_PER_SECOND)
                .workers(STOREFRONT_PAGES_PER_SECOND * (int) REQUEST_TIMEOUT.toSeconds() + 1)
                .maxRequests(100_000).maxDuration(cap)
                .request(() -> shop.send("GET", "/?user=u-night", null, REQUEST_TIMEOUT).status() == 200)
                .start();
        RunningLoad crawler = null;
        try {
            await("calm phase").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                    .until(() -> checkout.snapshot().total() >= calmCheckouts);
            Instant leakStarted = Instant.now();
            crawler = crawl();
            ExitCause death = leaking.awaitExit(maxLeak);
            Instant died = Instant.now();
            await("after the crash").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                    .until(() -> checkout.snapshot().window(died, Instant.MAX).total() >= checkoutsAfterCrash);
            return new NightReport(checkout.stop(), storefront.stop(), crawler.stop(), leakStarted, died, death);
        } finally {
            checkout.stop();
            storefront.stop();
            if (crawler != null) {
                crawler.stop();
            }
        }
    }

    private RunningLoad crawl() {
        AtomicInteger page = new AtomicInteger();
        return LoadProbe.named("crawler").workers(2).maxRequests(20_000).maxDuration(maxLeak)
                .request(() -> shop.send("GET", "/recommendations/u-" + page.incrementAndGet() % 50, null,
                        REQUEST_TIMEOUT).status() == 200)
                .start();
    }
}
