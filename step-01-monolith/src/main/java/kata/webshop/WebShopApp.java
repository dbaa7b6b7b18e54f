package kata.webshop;

import io.javalin.Javalin;
import java.util.Map;
import kata.shop.recommendations.RecommendationEngine;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.admin.AdminRoutes;
import kata.webshop.checkout.CheckoutRoutes;
import kata.webshop.http.Health;
import kata.webshop.http.ServerDefaults;
import kata.webshop.recommendations.RecommendationRoutes;
import kata.webshop.storefront.StorefrontRoutes;

/**
 * The monolith: storefront, checkout, recommendations and admin in one process, sharing one
 * heap. This class is the composition root: the only place that decides who talks to whom.
 *
 * <p>Run it: {@code ./mvnw -q -pl step-01-monolith -am compile exec:java} (see the step README)
 * or from the IDE. Settings come from the environment: {@code PORT} (default 7070, 0 = any free
 * port), {@code BIND} (default 127.0.0.1), {@code ADMIN_USER}/{@code ADMIN_PASSWORD},
 * {@code LEAK_BYTES_PER_CALL} (how fast the recommendation engine leaks).
 */
public final class WebShopApp {

    private WebShopApp() {
    }

    public static Javalin create(ShopParts parts, String host) {
        // TODO(step-01, wiring): build one InProcessRecommendations over parts.engine() and give
        //  it to the storefront and to checkout; only RecommendationRoutes keeps the engine itself.
        var storefront = new StorefrontRoutes(parts.catalog(), parts.engine());
        var checkout = new CheckoutRoutes(parts.checkout(), parts.engine());
        var recommendations = new RecommendationRoutes(parts.engine());
        var admin = new AdminRoutes(parts.orders(), parts.admin());
        return Javalin.create(config -> {
            ServerDefaults.apply(config, host);
            Health.install(config.routes, "shop");
            storefront.addTo(config.routes);
            checkout.addTo(config.routes);
            recommendations.addTo(config.routes);
            admin.addTo(config.routes);
        });
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("PORT", "7070"));
        String host = env.getOrDefault("BIND", "127.0.0.1");
        int leak = Integer.parseInt(env.getOrDefault("LEAK_BYTES_PER_CALL",
                String.valueOf(RecommendationEngine.DEFAULT_LEAK_BYTES_PER_CALL)));
        ShopParts parts = ShopParts.standard(AdminCredentials.fromEnvironment(env), leak);
        Javalin app = create(parts, host).start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "graceful-stop"));
        System.out.println("shop listening on http://" + host + ":" + app.port());
    }
}
