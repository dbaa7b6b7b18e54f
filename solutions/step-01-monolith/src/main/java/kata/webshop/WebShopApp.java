package kata.webshop;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.Map;
import kata.platform.http.ServiceMain;
import kata.shop.recommendations.RecommendationEngine;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.checkout.CheckoutRoutes;
import kata.webshop.parts.ShopChassis;
import kata.webshop.parts.ShopParts;
import kata.webshop.recommendations.InProcessRecommendations;
import kata.webshop.recommendations.RecommendationRoutes;
import kata.webshop.recommendations.Recommendations;
import kata.webshop.storefront.StorefrontRoutes;

/**
 * The monolith: storefront, checkout, recommendations and admin in one process, sharing one
 * heap. This class is the composition root: the only place that decides who talks to whom.
 *
 * <p>Run it: {@code ./mvnw -q -pl step-01-monolith -am compile exec:exec} (see the step README)
 * or from the IDE. Settings come from the environment: {@code PORT} (default 7070, 0 = any free
 * port), {@code BIND} (default 127.0.0.1), {@code ADMIN_USER}/{@code ADMIN_PASSWORD},
 * {@code LEAK_BYTES_PER_CALL} (how fast the recommendation engine leaks).
 */
public final class WebShopApp {

    /** How long a page waits for recommendations before showing itself without them. */
    static final Duration RECOMMENDATION_BUDGET = Duration.ofMillis(250);

    private WebShopApp() {
    }

    public static Javalin create(ShopParts parts, String host) {
        // The only place that knows the port's adapter: swap this line and the callers never notice.
        Recommendations port = new InProcessRecommendations(parts.engine(), RECOMMENDATION_BUDGET);
        var storefront = new StorefrontRoutes(parts.catalog(), port);
        var checkout = new CheckoutRoutes(parts.checkout(), port);
        var recommendations = new RecommendationRoutes(parts.engine());
        return Javalin.create(config -> {
            ShopChassis.apply(config, parts, host); // defaults, health, products, admin: every step's
            storefront.addTo(config.routes);
            checkout.addTo(config.routes);
            recommendations.addTo(config.routes);
            config.events.serverStopped(port::close); // the adapter's threads end with the server
        });
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int leak = ServiceMain.intSetting(env, "LEAK_BYTES_PER_CALL", RecommendationEngine.DEFAULT_LEAK_BYTES_PER_CALL);
        ShopParts parts = ShopParts.standard(AdminCredentials.fromEnvironment(env), leak);
        ServiceMain.start("shop", 7070, env, host -> create(parts, host));
    }
}
