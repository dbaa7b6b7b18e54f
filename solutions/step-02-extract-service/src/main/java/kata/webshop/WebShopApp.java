package kata.webshop;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import kata.platform.http.ServiceMain;
import kata.shop.recommendations.RecommendationEngine;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.checkout.CheckoutRoutes;
import kata.webshop.parts.ShopChassis;
import kata.webshop.parts.ShopParts;
import kata.webshop.recommendations.HttpRecommendations;
import kata.webshop.recommendations.InProcessRecommendations;
import kata.webshop.recommendations.RecommendationRoutes;
import kata.webshop.recommendations.Recommendations;
import kata.webshop.storefront.StorefrontRoutes;

/**
 * The shop: storefront, checkout and admin. Recommendations come from the recommendation
 * service when {@code RECOMMENDATIONS_URL} is set, else from the engine in this heap (step 01). This class is the composition root: the only place
 * that decides who talks to whom.
 *
 * <p>Settings come from the environment: {@code PORT} (default 7070, 0 = any free port),
 * {@code BIND} (default 127.0.0.1), {@code ADMIN_USER}/{@code ADMIN_PASSWORD},
 * {@code LEAK_BYTES_PER_CALL} (the in-process engine's leak) and {@code RECOMMENDATIONS_URL}
 * (where the recommendation service listens, e.g. {@code http://127.0.0.1:7071}).
 */
public final class WebShopApp {

    /** How long a page waits for the in-process engine before showing itself without it (step 01). */
    static final Duration RECOMMENDATION_BUDGET = Duration.ofMillis(250);
    /** On loopback or in one data centre a connect takes microseconds; longer means "down". */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(250);
    /** The page's promise: it waits at most this long for the recommendation service's answer. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    private WebShopApp() {
    }

    public static Javalin create(ShopParts parts, Recommendations recommendations, String host) {
        var storefront = new StorefrontRoutes(parts.catalog(), recommendations);
        var checkout = new CheckoutRoutes(parts.checkout(), recommendations);
        var recommendationRoutes = new RecommendationRoutes(recommendations);
        return Javalin.create(config -> {
            ShopChassis.apply(config, parts, host); // defaults, health, products, admin: every step's
            storefront.addTo(config.routes);
            checkout.addTo(config.routes);
            recommendationRoutes.addTo(config.routes);
            config.events.serverStopped(recommendations::close); // its threads end with the server
        });
    }

    /** The adapter behind the port, chosen once, here: the callers never know which one they got. */
    static Recommendations recommendations(Map<String, String> env, ShopParts parts) {
        String serviceUrl = env.get("RECOMMENDATIONS_URL");
        if (serviceUrl == null || serviceUrl.isBlank()) {
            return new InProcessRecommendations(parts.engine(), RECOMMENDATION_BUDGET); // the monolith of step 01
        }
        // The engine stays in its own process; this heap only ever holds the answers.
        return new HttpRecommendations(URI.create(serviceUrl), CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int leak = ServiceMain.intSetting(env, "LEAK_BYTES_PER_CALL", RecommendationEngine.DEFAULT_LEAK_BYTES_PER_CALL);
        ShopParts parts = ShopParts.standard(AdminCredentials.fromEnvironment(env), leak);
        Recommendations recommendations = recommendations(env, parts);
        ServiceMain.start("shop", 7070, env, host -> create(parts, recommendations, host));
        System.out.println("shop asks " + recommendations.getClass().getSimpleName() + " for recommendations");
    }
}
