package kata.shop.orders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Placed orders, kept in memory. Every method is {@code synchronized}: the simplest locking that is
 * obviously correct, and the workshop's load is nowhere near making it a bottleneck.
 */
public final class OrderRepository {

    /** An idempotency key only means something together with the customer who sent it. */
    private record IdempotencyScope(String customerId, String key) {
    }

    private final Map<String, Order> byId = new HashMap<>();
    private final Map<IdempotencyScope, Order> byIdempotencyScope = new HashMap<>();
    private final List<Order> inSaveOrder = new ArrayList<>();

    /**
     * Stores the order, unless the customer already has an order with the same idempotency key.
     *
     * <p>Check and store happen under one lock, so two concurrent checkouts with the same key cannot
     * both be stored: the loser gets the winner's order back.
     *
     * @return the stored order: the given one, or the original order with the same key
     * @throws IllegalStateException if another order already has this id
     */
    public synchronized Order save(Order order) {
        IdempotencyScope scope = order.idempotencyKey() == null
                ? null : new IdempotencyScope(order.customerId(), order.idempotencyKey());
        if (scope != null && byIdempotencyScope.containsKey(scope)) {
            return byIdempotencyScope.get(scope);
        }
        if (byId.putIfAbsent(order.id(), order) != null) {
            throw new IllegalStateException("an order with id " + order.id() + " is already saved");
        }
        if (scope != null) {
            byIdempotencyScope.put(scope, order);
        }
        inSaveOrder.add(order);
        return order;
    }

    public synchronized Optional<Order> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Empty when {@code key} is null: a checkout without a key never repeats an earlier one. */
    public synchronized Optional<Order> byIdempotencyKey(String customerId, String key) {
        return Optional.ofNullable(byIdempotencyScope.get(new IdempotencyScope(customerId, key)));
    }

    /** Newest first by creation time; orders created at the same instant, last saved first. */
    public synchronized List<Order> all() {
        List<Order> newestFirst = new ArrayList<>(inSaveOrder);
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing(Order::createdAt).reversed()); // stable: keeps ties
        return List.copyOf(newestFirst);
    }

    public synchronized int count() {
        return inSaveOrder.size();
    }
}
