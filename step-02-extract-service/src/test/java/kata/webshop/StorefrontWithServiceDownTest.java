package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kata.stub.Misbehaviour;
import kata.testkit.stub.StubServer;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.runtime.load.LoadProbe;
import kata.runtime.load.LoadReport;
import kata.runtime.process.ChildJvm;
import kata.webshop.pages.StorefrontPage;
import org.junit.jupiter.api.Test;

/**
 * The shop as it runs in production - its own JVM, wired by {@code RECOMMENDATIONS_URL} - while
 * the recommendation service hangs: every page still comes, without suggestions, within the
 * page's budget.
 */
class StorefrontWithServiceDownTest {

    /** The page waits for recommendations at most the read timeout... */
    private static final Duration BUDGET = WebShopApp.READ_TIMEOUT;
    /**
     * ...plus as much again for rendering and a busy machine. Measured on a 2-core machine under
     * load 12-25 (other builds and two CPU burners), 40 warmed-up pages per run, 9 runs: p50
     * 318-379 ms, p90 333-434 ms, p95 344-678 ms, the slowest page 383-1016 ms. The old check
     * ("the slowest page under 550 ms") failed 3 of those 9 runs on one slow page; p90 under
     * 600 ms held in all of them. A shop without a deadline (3 s a page) still fails, as does
     * one that waits twice its read timeout.
     */
    private static final Duration HEADROOM = Duration.ofMillis(300);
    /** The timed figure: a percentile, so one GC pause in a 64 MB JVM cannot decide the test. */
    private static final double PERCENTILE = 90;
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final int WARM_UP_PAGES = 5;
    private static final int PAGES = 40;

    @Test
    @Exercise(hint = "The shop ignores RECOMMENDATIONS_URL: WebShopApp.recommendations(...) must return an"
            + " HttpRecommendations for that URL, with CONNECT_TIMEOUT and READ_TIMEOUT.",
            more = "The storefront already degrades on RecommendationsUnavailable (step 01); the adapter's"
                    + " deadline is what keeps a hung service from hanging the page.",
            readme = "#target-4-the-shop-talks-to-the-service")
    void theStorefrontAnswersWithinItsBudgetWhileTheServiceHangs() {
        try (StubServer hungService = Misbehaviour.HANGS.start(WebShopApp.READ_TIMEOUT);
             ChildJvm shopJvm = ChildJvm.builder("shop-hung-service", WebShopApp.class).heap("64m").exitOnOutOfMemory()
                     .env("PORT", "0").env("ADMIN_PASSWORD", "storefront-test-only").env("LEAK_BYTES_PER_CALL", "0")
                     .env("RECOMMENDATIONS_URL", hungService.uri().toString())
                     .start()) {
            TestHttp shop = TestHttp.to(shopJvm.port());

            // A fresh JVM's first pages load classes and warm the JIT; a shop that has run for a minute has not.
            HttpResult first = shop.tryGet("/?user=u-1", PATIENCE);
            assertThat(first.body()).as("the storefront while the service at RECOMMENDATIONS_URL hangs")
                    .contains(StorefrontPage.UNAVAILABLE);
            for (int i = 1; i < WARM_UP_PAGES; i++) {
                shop.tryGet("/?user=u-1", PATIENCE);
            }

            LoadReport pages = LoadProbe.named("storefront, service hung").workers(1)
                    .maxRequests(PAGES).maxDuration(Duration.ofSeconds(60))
                    .request(() -> {
                        HttpResult page = shop.tryGet("/?user=u-1", PATIENCE);
                        return page.status() == 200 && page.body().contains(StorefrontPage.UNAVAILABLE);
                    })
                    .run();
            Duration typical = pages.percentile(PERCENTILE);
            System.out.printf("%nstorefront with the recommendation service hung (budget %d ms + %d ms headroom):"
                            + " p90 %d ms, p95 %d ms, %s%n", BUDGET.toMillis(), HEADROOM.toMillis(),
                    pages.percentile(90).toMillis(), pages.percentile(95).toMillis(), pages.summary());

            assertThat(pages.successes()).as("pages with 200 and '%s'", StorefrontPage.UNAVAILABLE).isEqualTo(PAGES);
            assertThat(typical).as("p%.0f of %d pages (max %d ms)", PERCENTILE, PAGES, pages.max().toMillis())
                    .isLessThan(BUDGET.plus(HEADROOM));
        }
    }
}
