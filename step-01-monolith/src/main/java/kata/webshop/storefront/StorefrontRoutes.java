package kata.webshop.storefront;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import kata.shop.catalog.Catalog;
import kata.shop.recommendations.Recommendation;
import kata.shop.recommendations.RecommendationEngine;
import kata.webshop.pages.StorefrontPage;

/** {@code GET /}: the HTML storefront, with "customers also bought" when recommendations answer. */
public final class StorefrontRoutes {

    private final Catalog catalog;
    // TODO(step-01, seam): the storefront reaches straight into the leaky engine. Depend on the
    //  Recommendations port instead (kata.webshop.recommendations), so this class no longer
    //  knows what computes recommendations, or where.
    private final RecommendationEngine engine;

    public StorefrontRoutes(Catalog catalog, RecommendationEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/", this::storefront);
    }

    private void storefront(Context ctx) {
        String user = ctx.queryParamAsClass("user", String.class).getOrDefault("guest");
        // TODO(step-01, degrade): when recommendations are unavailable the page must still answer,
        //  fast, with StorefrontPage.withoutRecommendations(...). Today an engine failure is a 500
        //  and a hanging engine hangs the whole page.
        List<Recommendation> alsoBought = engine.recommendFor(user);
        ctx.html(StorefrontPage.withRecommendations(catalog.all(), alsoBought, user));
    }
}
