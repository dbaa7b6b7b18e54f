package kata.webshop.checkout;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import kata.platform.http.JsonBody;
import kata.platform.http.JsonErrors;
import kata.shop.catalog.UnknownProductException;
import kata.shop.orders.CheckoutService;
import kata.shop.orders.IdempotencyKeyReusedException;
import kata.shop.orders.InvalidOrderException;
import kata.shop.orders.Order;
import kata.shop.orders.OrderLine;
import kata.webshop.api.CheckoutBody;
import kata.webshop.api.OrderView;
import kata.webshop.recommendations.Recommendations;

/** {@code POST /checkout}: JSON in, 201 with the order out. */
public final class CheckoutRoutes {

    private final CheckoutService checkout;
    // Checkout only tells the port what was bought; the port promises never to block or throw.
    private final Recommendations recommendations;

    public CheckoutRoutes(CheckoutService checkout, Recommendations recommendations) {
        this.checkout = checkout;
        this.recommendations = recommendations;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/checkout", this::checkout);
        // The domain's "your order is wrong" answers; the shared chassis (JsonErrors) knows no domain.
        routes.exception(InvalidOrderException.class, (e, ctx) -> JsonErrors.answer(ctx, 400, e.getMessage()));
        routes.exception(UnknownProductException.class, (e, ctx) -> JsonErrors.answer(ctx, 400, e.getMessage()));
        routes.exception(IdempotencyKeyReusedException.class, (e, ctx) -> JsonErrors.answer(ctx, 422, e.getMessage()));
    }

    private void checkout(Context ctx) {
        CheckoutBody body = JsonBody.read(ctx, CheckoutBody.class);
        CheckoutService.Placement placed = checkout.place(body.toRequest(ctx.header("Idempotency-Key")));
        Order order = placed.order();
        if (!placed.replayed()) { // a retried checkout bought nothing new: tell recommendations once
            recommendations.purchased(order.customerId(), order.lines().stream().map(OrderLine::sku).toList());
        }
        ctx.status(201).json(OrderView.of(order));
    }
}
