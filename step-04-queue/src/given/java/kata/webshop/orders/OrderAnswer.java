package kata.webshop.orders;

import java.util.List;
import kata.shop.orders.Order;
import kata.shop.orders.OrderStatuses;
import kata.webshop.api.OrderView;

/**
 * An order as the API shows it from step 04 on: what was bought (the {@link OrderView} fields,
 * unchanged for existing clients) plus where its servers are.
 *
 * @param status PENDING, PROVISIONED or FAILED; {@code null} for an order that has none yet
 * @param reason why it FAILED
 */
public record OrderAnswer(String id, String customerId, List<OrderView.LineView> lines, long totalOre,
                          String createdAt, String status, String reason) {

    public static OrderAnswer of(Order order, OrderStatuses statuses) {
        OrderView view = OrderView.of(order);
        var status = statuses.of(order.id());
        return new OrderAnswer(view.id(), view.customerId(), view.lines(), view.totalOre(), view.createdAt(),
                status.map(s -> s.status().name()).orElse(null), status.map(OrderStatuses.Status::reason).orElse(null));
    }
}
