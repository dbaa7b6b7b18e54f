package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.util.List;
import kata.shop.recommendations.Recommendation;
import kata.testkit.browser.HeadlessChromium;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.parts.ShopParts;
import kata.webshop.recommendations.Recommendations;
import kata.webshop.recommendations.RecommendationsUnavailable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Given: the storefront as a projector shows it, in both states, laid out by a real browser
 * (headless Chromium, where the machine has it): no card on top of another or of the sidebar, and
 * with the recommendation service down a degraded notice a person can see, not a blank.
 */
class StorefrontLayoutInABrowserTest {

    /** Measures the laid-out page: overlapping boxes, and whether the degraded notice shows. */
    private static final String LAYOUT = """
            (() => {
              const boxes = [...document.querySelectorAll('.card, aside')].map(e => e.getBoundingClientRect());
              let overlaps = 0;
              boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
                if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
              }));
              const notice = document.querySelector('.unavailable');
              const shown = notice !== null && notice.getBoundingClientRect().height > 0
                  && getComputedStyle(notice).visibility === 'visible';
              return boxes.length + ' boxes, ' + overlaps + ' overlapping, notice ' + (shown ? 'shown' : 'none')
                  + ', ' + document.querySelectorAll('.also-bought li').length + ' suggestions';
            })()""";

    @ParameterizedTest(name = "recommendation service up: {0}")
    @ValueSource(booleans = {true, false})
    void theStorefrontLaysOutCleanlyAndShowsItsDegradedStateUnmissably(boolean serviceUp) {
        assumeThat(HeadlessChromium.binary()).as("no Chromium on this machine (Debian: apt-get install chromium);"
                + " the storefront was not laid out by a browser").isPresent();
        ShopParts parts = ShopParts.standard(AdminCredentials.random(), 0);
        try (ShopUnderTest shop = ShopUnderTest.start(parts, serviceUp ? suggesting() : down());
             HeadlessChromium browser = HeadlessChromium.start();
             HeadlessChromium.Page page = browser.open(URI.create("http://127.0.0.1:" + shop.http().port() + "/?user=u-1"))) {

            String layout = page.evaluate(LAYOUT);

            int cards = parts.catalog().all().size();
            assertThat(layout).isEqualTo(serviceUp
                    ? (cards + 1) + " boxes, 0 overlapping, notice none, 1 suggestions"
                    : (cards + 1) + " boxes, 0 overlapping, notice shown, 0 suggestions");
        }
    }

    private static Recommendations suggesting() {
        return new Recommendations() {
            @Override
            public List<Recommendation> forUser(String userId) {
                return List.of(new Recommendation("BACKUP-100GB", "Backup 100 GB", "popular"));
            }

            @Override
            public void purchased(String userId, List<String> skus) {
            }
        };
    }

    private static Recommendations down() {
        return new Recommendations() {
            @Override
            public List<Recommendation> forUser(String userId) {
                throw new RecommendationsUnavailable("the recommendation service is down (a test's stand-in)");
            }

            @Override
            public void purchased(String userId, List<String> skus) {
            }
        };
    }
}
