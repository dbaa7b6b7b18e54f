package kata.shop.orders;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A placed order. Immutable: once a customer has been charged, nothing about it changes.
 *
 * @param totalOre       the sum of the lines, in øre
 * @param idempotencyKey the key the customer checked out with, or {@code null} if none was sent
 */
public record Order(String id, String customerId, List<OrderLine> lines, long totalOre,
                    Instant createdAt, String idempotencyKey) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(createdAt, "createdAt");
        // A copy, so the caller's list cannot change a placed order behind its back.
        lines = List.copyOf(lines);
    }
}
