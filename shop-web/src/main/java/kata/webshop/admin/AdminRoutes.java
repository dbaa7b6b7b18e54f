package kata.webshop.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kata.shop.orders.OrderRepository;
import kata.webshop.api.OrderView;

/** {@code GET /admin/orders}, behind HTTP Basic authentication. */
public final class AdminRoutes {

    private final OrderRepository orders;
    private final AdminCredentials credentials;

    public AdminRoutes(OrderRepository orders, AdminCredentials credentials) {
        this.orders = orders;
        this.credentials = credentials;
    }

    public void addTo(RoutesConfig routes) {
        routes.before("/admin/*", this::requireAdmin);
        routes.get("/admin/orders", ctx -> ctx.json(orders.all().stream().map(OrderView::of).toList()));
    }

    private void requireAdmin(Context ctx) {
        if (!isAdmin(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Basic realm=\"shop admin\", charset=\"UTF-8\"");
            throw new UnauthorizedResponse("admin credentials required");
        }
    }

    private boolean isAdmin(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && credentials.matches(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
