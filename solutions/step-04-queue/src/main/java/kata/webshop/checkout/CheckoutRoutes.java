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
import kata.shop.orders.OrderStatuses;
import kata.shop.orders.ProvisioningStatus;
import kata.webshop.api.CheckoutBody;
import kata.webshop.orders.OrderAnswer;
import kata.webshop.orders.OrderNotAccepted;
import kata.webshop.recommendations.Recommendations;

/** {@code POST /checkout}: JSON in, the order and its provisioning status out. */
public final class CheckoutRoutes {

    private final CheckoutService checkout;
    // Checkout only tells the port what was bought; the port promises never to block or throw.
    private final Recommendations recommendations;
    private final OrderStatuses statuses;

    public CheckoutRoutes(CheckoutService checkout, Recommendations recommendations, OrderStatuses statuses) {
        this.checkout = checkout;
        this.recommendations = recommendations;
        this.statuses = statuses;
    }

    public void addTo(RoutesConfig routes) {
        routes.post("/checkout", this::checkout);
        // The domain's "your order is wrong" answers; the shared chassis (JsonErrors) knows no domain.
        routes.exception(InvalidOrderException.class, (e, ctx) -> JsonErrors.answer(ctx, 400, e.getMessage()));
        routes.exception(UnknownProductException.class, (e, ctx) -> JsonErrors.answer(ctx, 400, e.getMessage()));
        routes.exception(IdempotencyKeyReusedException.class, (e, ctx) -> JsonErrors.answer(ctx, 422, e.getMessage()));
        // Not handed over for provisioning: "not now" (503), never "accepted" for an order that may be lost.
        routes.exception(OrderNotAccepted.class, (e, ctx) -> JsonErrors.answer(ctx, 503,
                "the order could not be accepted right now (" + e.getMessage() + "); try again"));
    }

    private void checkout(Context ctx) {
        CheckoutBody body = JsonBody.read(ctx, CheckoutBody.class);
        CheckoutService.Placement placed = checkout.place(body.toRequest(ctx.header("Idempotency-Key")));
        Order order = placed.order();
        if (!placed.replayed()) { // a retried checkout bought nothing new: tell recommendations once
            recommendations.purchased(order.customerId(), order.lines().stream().map(OrderLine::sku).toList());
        }
        // 202 Accepted: the order is safe in the queue, its servers come later (GET /orders/{id}).
        // 201 Created: provisioned while the customer waited (a shop without a broker).
        boolean pending = statuses.of(order.id()).map(s -> s.status() == ProvisioningStatus.PENDING).orElse(false);
        ctx.status(pending ? 202 : 201).json(OrderAnswer.of(order, statuses));
    }
}
