package kata.webshop.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import kata.shop.catalog.Catalog;

/** {@code GET /products} and {@code GET /products/{sku}}: the catalog as JSON, the same in every step. */
public final class ProductRoutes {

    private final Catalog catalog;

    public ProductRoutes(Catalog catalog) {
        this.catalog = catalog;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/products", ctx -> ctx.json(catalog.all()));
        routes.get("/products/{sku}", ctx -> ctx.json(catalog.find(ctx.pathParam("sku"))
                .orElseThrow(() -> new NotFoundResponse("no product with SKU " + ctx.pathParam("sku")))));
    }
}
