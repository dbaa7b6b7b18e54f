package kata.webshop.api;

import java.util.List;
import kata.shop.orders.Order;
import kata.shop.orders.OrderLine;

/** What the HTTP API shows of an order: the domain object stays inside, the wire format stays stable. */
public record OrderView(String id, String customerId, List<LineView> lines, long totalOre, String createdAt) {

    public record LineView(String sku, String name, int quantity, long unitPriceOre, long totalOre) {
    }

    public static OrderView of(Order order) {
        List<LineView> lines = order.lines().stream().map(OrderView::line).toList();
        return new OrderView(order.id(), order.customerId(), lines, order.totalOre(), order.createdAt().toString());
    }

    private static LineView line(OrderLine line) {
        return new LineView(line.sku(), line.name(), line.quantity(), line.unitPriceOre(), line.totalOre());
    }
}
