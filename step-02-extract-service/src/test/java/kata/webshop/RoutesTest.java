package kata.webshop;

import java.util.List;
import kata.shop.recommendations.Recommendation;
import kata.runtime.http.TestHttp;
import kata.testkit.shop.ShopApiContract;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.parts.ShopParts;
import kata.webshop.recommendations.Recommendations;
import kata.webshop.recommendations.RecommendationsUnavailable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given: the shop keeps step 01's promises - routes, errors, admin authentication (the tests
 * live in {@link ShopApiContract}) - whichever adapter sits behind the port. Here: the engine in
 * process, as the starter wires it.
 */
class RoutesTest extends ShopApiContract {

    private static ShopUnderTest shop;

    @BeforeAll
    static void startShop() {
        shop = ShopUnderTest.inProcess();
    }

    @AfterAll
    static void stopShop() {
        shop.close();
    }

    @Override
    protected TestHttp shop() {
        return shop.http();
    }

    @Override
    protected String adminUser() {
        return shop.parts().admin().user();
    }

    @Override
    protected String adminPassword() {
        return shop.parts().admin().password();
    }

    @Test
    void recommendationsAreJson() {
        var recommendations = shop.http().get("/recommendations/u-3");
        assertThat(recommendations.status()).isEqualTo(200);
        assertThat(recommendations.body()).contains("\"userId\":\"u-3\"").contains("\"recommendations\":[{");
    }

    @Test
    void unavailableRecommendationsAreA503JsonError() {
        try (ShopUnderTest degraded = ShopUnderTest.start(ShopParts.standard(AdminCredentials.random(), 0), unavailable())) {
            assertJsonError(degraded.http().get("/recommendations/u-3"), 503);
            assertThat(degraded.http().get("/?user=u-3").body()).contains("recommendations unavailable");
        }
    }

    /** A port whose service is down: what the shop sees when the recommender has died. */
    private static Recommendations unavailable() {
        return new Recommendations() {
            @Override
            public List<Recommendation> forUser(String userId) {
                throw new RecommendationsUnavailable("recommendation service down (test)");
            }

            @Override
            public void purchased(String userId, List<String> skus) {
                // lost, as the port allows
            }
        };
    }
}
