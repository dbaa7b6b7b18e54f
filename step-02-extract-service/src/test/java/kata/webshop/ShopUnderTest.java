package kata.webshop;

import io.javalin.Javalin;
import kata.testkit.http.TestHttp;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.recommendations.InProcessRecommendations;
import kata.webshop.recommendations.Recommendations;

/** A shop running in this test JVM on a free loopback port, stopped by {@link #close()}. */
final class ShopUnderTest implements AutoCloseable {

    private final Javalin app;
    private final ShopParts parts;

    private ShopUnderTest(Javalin app, ShopParts parts) {
        this.app = app;
        this.parts = parts;
    }

    /** A standard shop, engine in process (as in step 01), random admin password, no leak. */
    static ShopUnderTest inProcess() {
        ShopParts parts = ShopParts.standard(AdminCredentials.random(), 0);
        return start(parts, new InProcessRecommendations(parts.engine(), WebShopApp.RECOMMENDATION_BUDGET));
    }

    static ShopUnderTest start(ShopParts parts, Recommendations recommendations) {
        ShopUnderTest shop = new ShopUnderTest(WebShopApp.create(parts, recommendations, "127.0.0.1").start(0), parts);
        shop.http().get("/health"); // first request warms up the JIT and Jetty, outside any timing
        return shop;
    }

    TestHttp http() {
        return TestHttp.to(app.port());
    }

    ShopParts parts() {
        return parts;
    }

    @Override
    public void close() {
        app.stop();
    }
}
