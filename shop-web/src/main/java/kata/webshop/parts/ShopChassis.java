package kata.webshop.parts;

import io.javalin.config.JavalinConfig;
import kata.platform.http.Health;
import kata.platform.http.ServerDefaults;
import kata.webshop.admin.AdminRoutes;
import kata.webshop.api.ProductRoutes;

/**
 * What every step's shop serves the same way: the service chassis (loopback, body limits, JSON
 * errors, graceful stop), {@code /health} and {@code /ready}, the product API and the admin
 * pages. A step's {@code WebShopApp} adds only what the step is about.
 */
public final class ShopChassis {

    private ShopChassis() {
    }

    /** The response header that says which shop node answered (step 03 runs several behind a gateway). */
    public static final String NODE_HEADER = "X-Shop-Node";

    public static void apply(JavalinConfig config, ShopParts parts, String host) {
        ServerDefaults.apply(config, host);
        // NODE_NAME (e.g. shop-a) is set when several nodes run behind a gateway; unset, nothing changes.
        String node = System.getenv("NODE_NAME");
        if (node != null && !node.isBlank()) {
            config.routes.before(ctx -> ctx.header(NODE_HEADER, node.strip()));
        }
        Health.install(config.routes, "shop");
        new ProductRoutes(parts.catalog()).addTo(config.routes);
        new AdminRoutes(parts.orders(), parts.admin()).addTo(config.routes);
    }
}
