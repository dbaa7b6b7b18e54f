package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kata.stub.Misbehaviour;
import kata.stub.StubServer;
import kata.testkit.Exercise;
import kata.testkit.http.HttpResult;
import kata.testkit.http.TestHttp;
import kata.testkit.load.LoadProbe;
import kata.testkit.load.LoadReport;
import kata.testkit.process.ChildJvm;
import kata.webshop.pages.StorefrontPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shop as it runs in production - its own JVM, wired by {@code RECOMMENDATIONS_URL} - while
 * the recommendation service hangs: every page still comes, without suggestions, within the
 * page's budget.
 */
class StorefrontWithServiceDownTest {

    /** The page waits for recommendations at most the read timeout... */
    private static final Duration BUDGET = WebShopApp.READ_TIMEOUT;
    /** ...plus room for a busy laptop's scheduler - not for the shop: it should not need it. */
    private static final Duration HEADROOM = Duration.ofMillis(250);
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final int PAGES = 20;

    private StubServer hungService;

    @AfterEach
    void releaseTheHungService() {
        if (hungService != null) {
            hungService.close();
        }
    }

    @Test
    @Exercise(hint = "The shop ignores RECOMMENDATIONS_URL: WebShopApp.recommendations(...) must return an"
            + " HttpRecommendations for that URL, with CONNECT_TIMEOUT and READ_TIMEOUT.",
            more = "The storefront already degrades on RecommendationsUnavailable (step 01); the adapter's"
                    + " read timeout is what keeps a hung service from hanging the page.",
            readme = "#target-4-the-shop-talks-to-the-service")
    void theStorefrontAnswersWithinItsBudgetWhileTheServiceHangs() {
        hungService = Misbehaviour.HANGS.start(WebShopApp.READ_TIMEOUT);
        ChildJvm shopJvm = ChildJvm.builder("shop-hung-service", WebShopApp.class).heap("64m").exitOnOutOfMemory()
                .env("PORT", "0").env("ADMIN_PASSWORD", "storefront-test-only").env("LEAK_BYTES_PER_CALL", "0")
                .env("RECOMMENDATIONS_URL", hungService.uri().toString())
                .start();
        TestHttp shop = TestHttp.to(shopJvm.port());

        // A fresh JVM's first pages load classes and warm the JIT; a shop that has run for a minute has not.
        HttpResult first = shop.tryGet("/?user=u-1", PATIENCE);
        shop.tryGet("/?user=u-1", PATIENCE);
        assertThat(first.body()).as("the storefront while the service at RECOMMENDATIONS_URL hangs")
                .contains(StorefrontPage.UNAVAILABLE);

        LoadReport pages = LoadProbe.named("storefront, service hung").workers(1)
                .maxRequests(PAGES).maxDuration(Duration.ofSeconds(30))
                .request(() -> {
                    HttpResult page = shop.tryGet("/?user=u-1", PATIENCE);
                    return page.status() == 200 && page.body().contains(StorefrontPage.UNAVAILABLE);
                })
                .run();
        System.out.printf("%nstorefront with the recommendation service hung (budget %d ms + %d ms headroom): %s%n",
                BUDGET.toMillis(), HEADROOM.toMillis(), pages.summary());

        assertThat(pages.successes()).as("pages with 200 and '%s'", StorefrontPage.UNAVAILABLE).isEqualTo(PAGES);
        assertThat(pages.max()).as("the slowest page (p99 %d ms)", pages.p99().toMillis())
                .isLessThan(BUDGET.plus(HEADROOM));
    }
}
