package kata.webshop.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import kata.shop.catalog.Catalog;
import kata.shop.catalog.Product;
import kata.webshop.pages.ProductPage;

/**
 * {@code GET /products} and {@code GET /products/{sku}}: the catalog as JSON, the same in every
 * step - and a product page in HTML for a browser, which asks for {@code text/html} first.
 */
public final class ProductRoutes {

    private final Catalog catalog;

    /** A browser lists text/html before any JSON; an API client asks for JSON or for anything. */
    static boolean wantsHtml(String accept) {
        return accept != null && accept.startsWith("text/html");
    }

    public ProductRoutes(Catalog catalog) {
        this.catalog = catalog;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/products", ctx -> ctx.json(catalog.all()));
        routes.get("/products/{sku}", ctx -> {
            Product product = catalog.find(ctx.pathParam("sku"))
                    .orElseThrow(() -> new NotFoundResponse("no product with SKU " + ctx.pathParam("sku")));
            if (wantsHtml(ctx.header("Accept"))) {
                ctx.html(ProductPage.of(product));
            } else {
                ctx.json(product); // API clients, curl, and the tests get JSON, as before
            }
        });
    }
}
