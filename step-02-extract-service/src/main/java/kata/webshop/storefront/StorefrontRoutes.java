package kata.webshop.storefront;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import kata.shop.catalog.Catalog;
import kata.webshop.recommendations.Recommendations;
import kata.webshop.recommendations.RecommendationsUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /} (the HTML storefront with "customers also bought"), {@code GET /products} and
 * {@code GET /products/{sku}}.
 */
public final class StorefrontRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(StorefrontRoutes.class);

    private final Catalog catalog;
    // The seam: the storefront knows it can ask for recommendations, not who computes them.
    private final Recommendations recommendations;

    public StorefrontRoutes(Catalog catalog, Recommendations recommendations) {
        this.catalog = catalog;
        this.recommendations = recommendations;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/", this::storefront);
        routes.get("/products", ctx -> ctx.json(catalog.all()));
        routes.get("/products/{sku}", ctx -> ctx.json(catalog.find(ctx.pathParam("sku"))
                .orElseThrow(() -> new NotFoundResponse("no product with SKU " + ctx.pathParam("sku")))));
    }

    private void storefront(Context ctx) {
        String user = ctx.queryParamAsClass("user", String.class).getOrDefault("guest");
        try {
            ctx.html(StorefrontPage.withRecommendations(catalog.all(), recommendations.forUser(user)));
        } catch (RecommendationsUnavailable e) {
            // Degrade, don't fail: the page without suggestions still sells servers.
            LOG.warn("storefront without recommendations: {}", e.getMessage());
            ctx.html(StorefrontPage.withoutRecommendations(catalog.all()));
        }
    }
}
