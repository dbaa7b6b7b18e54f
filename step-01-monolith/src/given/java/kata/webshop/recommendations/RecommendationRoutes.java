package kata.webshop.recommendations;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import kata.shop.recommendations.RecommendationEngine;

/**
 * {@code GET /recommendations/{userId}}: the engine's own API. This package is the only place
 * allowed to touch the engine; in step 02 this route moves into its own service.
 */
public final class RecommendationRoutes {

    private final RecommendationEngine engine;

    public RecommendationRoutes(RecommendationEngine engine) {
        this.engine = engine;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/recommendations/{userId}", ctx -> {
            String userId = ctx.pathParam("userId");
            ctx.json(Map.of("userId", userId, "recommendations", engine.recommendFor(userId)));
        });
    }
}
