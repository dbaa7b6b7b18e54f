package kata.webshop.storefront;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import kata.platform.log.DependencyLog;
import kata.shop.catalog.Catalog;
import kata.webshop.pages.StorefrontPage;
import kata.webshop.recommendations.Recommendations;
import kata.webshop.recommendations.RecommendationsUnavailable;
import org.slf4j.LoggerFactory;

/** {@code GET /}: the HTML storefront, with "customers also bought" when recommendations answer. */
public final class StorefrontRoutes {

    /** One line when recommendations go down, one when they are back: not one per page. */
    private final DependencyLog recommendationsLog =
            new DependencyLog(LoggerFactory.getLogger(StorefrontRoutes.class), "recommendations");

    private final Catalog catalog;
    // The seam: the storefront knows it can ask for recommendations, not who computes them.
    private final Recommendations recommendations;

    public StorefrontRoutes(Catalog catalog, Recommendations recommendations) {
        this.catalog = catalog;
        this.recommendations = recommendations;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/", this::storefront);
    }

    private void storefront(Context ctx) {
        String user = ctx.queryParamAsClass("user", String.class).getOrDefault("guest");
        try {
            ctx.html(StorefrontPage.withRecommendations(catalog.all(), recommendations.forUser(user), user));
            recommendationsLog.answered();
        } catch (RecommendationsUnavailable e) {
            // Degrade, don't fail: the page without suggestions still sells servers.
            recommendationsLog.failed(e.getMessage());
            ctx.html(StorefrontPage.withoutRecommendations(catalog.all(), user));
        }
    }
}
