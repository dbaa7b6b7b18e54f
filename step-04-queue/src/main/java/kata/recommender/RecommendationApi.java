package kata.recommender;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import kata.platform.http.JsonBody;
import kata.shop.recommendations.Recommendation;
import kata.shop.recommendations.RecommendationEngine;

/**
 * The recommendation service's API: the provider side of the contract in the step README.
 * Its JSON classes are its own; the shop has its own for the same JSON (no shared jar).
 */
public final class RecommendationApi {

    /** {@code {"userId": "u-1", "recommendations": [{"sku": ..., "name": ..., "reason": ...}]}}. */
    public record Answer(String userId, List<Recommendation> recommendations) {
    }

    /** {@code {"userId": "u-1", "skus": ["VPS-SSD-4GB"]}}: what a checkout reports. */
    public record Purchase(String userId, List<String> skus) {
    }

    private final RecommendationEngine engine;

    public RecommendationApi(RecommendationEngine engine) {
        this.engine = engine;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/recommendations/{userId}", ctx -> {
            String userId = ctx.pathParam("userId");
            ctx.json(new Answer(userId, engine.recommendFor(userId)));
        });
        routes.post("/purchases", this::purchase);
    }

    private void purchase(Context ctx) {
        Purchase purchase = JsonBody.read(ctx, Purchase.class); // 415 and malformed-JSON 400 come from here
        if (purchase.userId() == null || purchase.userId().isBlank()) {
            throw new BadRequestResponse("userId is required");
        }
        if (purchase.skus() == null || purchase.skus().isEmpty() || purchase.skus().contains(null)) {
            throw new BadRequestResponse("skus must list at least one SKU");
        }
        engine.recordPurchase(purchase.userId(), purchase.skus());
        ctx.status(202); // accepted: recorded for future recommendations, nothing to show now
    }
}
