package kata.recommender;

import io.javalin.Javalin;
import java.util.Map;
import kata.platform.http.Health;
import kata.platform.http.ServerDefaults;
import kata.platform.http.ServiceMain;
import kata.shop.catalog.Catalog;
import kata.shop.recommendations.RecommendationEngine;

/**
 * The recommendation service: the leaky engine in a process of its own, with a heap of its own.
 * When it runs out of memory, only this JVM dies - the shop keeps selling.
 *
 * <p>Settings come from the environment: {@code PORT} (default 7071, 0 = any free port),
 * {@code BIND} (default 127.0.0.1), {@code LEAK_BYTES_PER_CALL} (how fast the engine leaks).
 */
public final class RecommenderApp {

    private RecommenderApp() {
    }

    public static Javalin create(RecommendationEngine engine, String host) {
        var api = new RecommendationApi(engine);
        return Javalin.create(config -> {
            ServerDefaults.apply(config, host); // the same chassis as the shop: JSON errors, graceful stop
            Health.install(config.routes, "recommender");
            api.addTo(config.routes);
        });
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        int leak = ServiceMain.intSetting(env, "LEAK_BYTES_PER_CALL", RecommendationEngine.DEFAULT_LEAK_BYTES_PER_CALL);
        RecommendationEngine engine = new RecommendationEngine(Catalog.standard(), leak);
        ServiceMain.start("recommender", 7071, env, host -> create(engine, host));
    }
}
