package kata.webshop;

import io.javalin.Javalin;
import kata.runtime.http.TestHttp;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.parts.ShopParts;
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
        // Warm up outside any timing: the first request pays for class loading and the JIT. An
        // invalid checkout (400, nothing stored) warms the checkout path without creating an order.
        shop.http().get("/health");
        shop.http().post("/checkout", "{\"customerId\":\"warm-up\",\"items\":[]}");
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
        // Not the graceful stop the service makes in production: that one gives every idle
        // keep-alive connection (the test client keeps one) a second to close (Jetty's shutdown
        // idle timeout). A test has nothing in flight worth that second, ten times per step.
        app.jettyServer().server().setStopTimeout(0);
        app.stop();
    }
}
