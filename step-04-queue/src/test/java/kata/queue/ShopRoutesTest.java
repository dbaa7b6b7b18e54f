package kata.queue;

import java.util.Map;
import kata.runtime.http.TestHttp;
import kata.testkit.shop.ShopApiContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Given: the shop keeps every promise of steps 01 and 02 (routes, JSON errors for bad input,
 * admin authentication; the tests live in {@link ShopApiContract}). Here wired without a broker,
 * so checkout provisions synchronously and answers 201, as before this step; with a broker the
 * same bad input never reaches the queue (CheckoutRoutes validates first).
 */
class ShopRoutesTest extends ShopApiContract {

    private static ProvisioningStandIn provisioning;
    private static QueueShop shop;

    @BeforeAll
    static void start() {
        provisioning = ProvisioningStandIn.start();
        shop = QueueShop.start(Map.of("PROVISIONING_URL", provisioning.uri().toString()));
    }

    @AfterAll
    static void stop() {
        shop.close();
        provisioning.close();
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
