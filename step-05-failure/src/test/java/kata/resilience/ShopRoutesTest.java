package kata.resilience;

import kata.runtime.http.TestHttp;
import kata.testkit.shop.ShopApiContract;
import kata.testkit.stub.StubServer;
import kata.webshop.resilience.ResilienceSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Given: with its defences in place, the shop keeps every promise of the steps before (routes,
 * JSON errors for bad input, admin authentication; the tests live in {@link ShopApiContract}),
 * with production's settings and a recommendation service that is well.
 */
class ShopRoutesTest extends ShopApiContract {

    private static StubServer recommender;
    private static ResilientShop shop;

    @BeforeAll
    static void start() {
        recommender = StubServer.answering(request -> request.method().equals("POST")
                ? StubServer.Answer.status(204) : StubServer.Answer.json(200, ResilientShop.RECOMMENDATIONS));
        shop = ResilientShop.start(recommender, ResilienceSettings.standard());
    }

    @AfterAll
    static void stop() {
        shop.close();
        recommender.close();
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
}
