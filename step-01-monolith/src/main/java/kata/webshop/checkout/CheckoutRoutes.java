package kata.webshop.checkout;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import kata.shop.orders.CheckoutService;
import kata.shop.orders.Order;
import kata.shop.recommendations.RecommendationEngine;
import kata.webshop.http.JsonBody;

/** {@code POST /checkout}: JSON in, 201 with the order out. */
public final class CheckoutRoutes {

    private final CheckoutService checkout;
    // TODO(step-01, seam): checkout must not know the recommendation engine exists. Tell the
    //  Recommendations port what was bought, and make sure that can never fail or slow a checkout.
    private final RecommendationEngine engine;

    public CheckoutRoutes(CheckoutService checkout, RecommendationEngine engine) {
        this.checkout = checkout;
        this.engine = engine;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/checkout", this::checkout);
    }

    private void checkout(Context ctx) {
        CheckoutBody body = JsonBody.read(ctx, CheckoutBody.class);
        Order order = checkout.checkout(body.toRequest(ctx.header("Idempotency-Key")));
        engine.recordPurchase(order.customerId(), order.lines().stream().map(line -> line.sku()).toList());
        ctx.status(201).json(OrderView.of(order));
    }
}
