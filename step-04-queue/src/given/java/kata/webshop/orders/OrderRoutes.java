package kata.webshop.orders;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import kata.shop.orders.OrderRepository;
import kata.shop.orders.OrderStatuses;

/** {@code GET /orders/{id}}: the order and its provisioning status, for the customer who waits for it. */
public final class OrderRoutes {

    private final OrderRepository orders;
    private final OrderStatuses statuses;

    public OrderRoutes(OrderRepository orders, OrderStatuses statuses) {
        this.orders = orders;
        this.statuses = statuses;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/orders/{id}", ctx -> ctx.json(orders.byId(ctx.pathParam("id"))
                .map(order -> OrderAnswer.of(order, statuses))
                .orElseThrow(() -> new NotFoundResponse("no order with id " + ctx.pathParam("id")))));
    }
}
