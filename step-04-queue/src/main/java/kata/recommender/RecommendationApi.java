package kata.recommender;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import kata.platform.http.JsonBody;
import kata.shop.catalog.Catalog;
import kata.shop.recommendations.Recommendation;
import kata.shop.recommendations.RecommendationEngine;

/**
 * The recommendation service's API: the provider side of the contract in the step README.
 * Its JSON classes are its own; the shop has its own for the same JSON (no shared jar).
 *
 * <p>It bounds the work one request can cause: the engine's cost per purchase grows with the
 * square of its SKU count, so a purchase names at most {@value #MAX_SKUS} SKUs, all sold by
 * the shop's catalog, for a user id of at most 64 plain characters.
 */
public final class RecommendationApi {

    /** As many as one checkout can hold (the shop's order-line limit). */
    static final int MAX_SKUS = 20;
    /** 1 to 64 letters, digits, spaces, '.', '_', '-' or '@' ("Ada Lovelace"); no control characters. */
    private static final Pattern USER_ID = Pattern.compile("[\\p{L}\\p{N} ._@-]{1,64}");

    /** {@code {"userId": "u-1", "recommendations": [{"sku": ..., "name": ..., "reason": ...}]}}. */
    public record Answer(String userId, List<Recommendation> recommendations) {
    }

    /** {@code {"userId": "u-1", "skus": ["VPS-SSD-4GB"]}}: what a checkout reports. */
    public record Purchase(String userId, List<String> skus) {
    }

    private final RecommendationEngine engine;
    /** The SKUs a purchase may name: the shop's catalog, the same in both services. */
    private final Catalog catalog = Catalog.standard();

    public RecommendationApi(RecommendationEngine engine) {
        this.engine = engine;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/recommendations/{userId}", ctx -> {
            String userId = validUserId(ctx.pathParam("userId"));
            ctx.json(new Answer(userId, engine.recommendFor(userId)));
        });
        routes.post("/purchases", this::purchase);
    }

    private void purchase(Context ctx) {
        Purchase purchase = JsonBody.read(ctx, Purchase.class); // 415 and malformed-JSON 400 come from here
        String userId = validUserId(purchase.userId());
        List<String> skus = purchase.skus();
        if (skus == null || skus.isEmpty() || skus.size() > MAX_SKUS) {
            throw new BadRequestResponse("skus must list between 1 and " + MAX_SKUS + " SKUs");
        }
        for (String sku : skus) {
            if (sku == null || catalog.find(sku).isEmpty()) {
                throw new BadRequestResponse("skus may only name products the shop sells");
            }
        }
        engine.recordPurchase(userId, skus);
        ctx.status(202); // accepted: recorded for future recommendations, nothing to show now
    }

    private static String validUserId(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new BadRequestResponse("userId is required");
        }
        if (!USER_ID.matcher(userId).matches()) {
            throw new BadRequestResponse("userId must be 1 to 64 letters, digits, spaces, '.', '_', '-' or '@'");
        }
        return userId;
    }
}
