package kata.webshop.recommendations;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import kata.platform.http.JsonErrors;

/**
 * The shop's public {@code GET /recommendations/{userId}}. In step 01 it was the engine's own
 * API; now the engine's API belongs to the recommendation service, and this route asks the port
 * like every other caller: an answer, or a 503 JSON error - never a hang, never a stack trace.
 */
public final class RecommendationRoutes {

    private final Recommendations recommendations;

    public RecommendationRoutes(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/recommendations/{userId}", ctx -> {
            String userId = ctx.pathParam("userId");
            ctx.json(Map.of("userId", userId, "recommendations", recommendations.forUser(userId)));
        });
        // 503: "not now, try again later" - the honest status for a dependency that is down.
        routes.exception(RecommendationsUnavailable.class, (e, ctx) -> JsonErrors.answer(ctx, 503,
                "recommendations unavailable, try again later"));
    }
}
