package kata.webshop;

import kata.runtime.http.TestHttp;
import kata.testkit.shop.ShopApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given: the shop's routes, errors and admin authentication (the tests live in
 * {@link ShopApiContract}, so every later step is held to the same ones).
 */
class RoutesTest extends ShopApiContract {

    private static ShopUnderTest shop;

    @BeforeAll
    static void startShop() {
        shop = ShopUnderTest.start(ShopUnderTest.standardParts());
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
}
