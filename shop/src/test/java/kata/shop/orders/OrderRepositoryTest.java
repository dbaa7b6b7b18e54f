package kata.shop.orders;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderRepositoryTest {

    private static final Instant MORNING = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant EVENING = Instant.parse("2025-03-01T20:00:00Z");

    private final OrderRepository orders = new OrderRepository();

    @Test
    void findsASavedOrderById() {
        Order order = orders.save(order("ord-1", "alice", MORNING, null));

        assertThat(orders.byId("ord-1")).contains(order);
        assertThat(orders.byId("ord-2")).isEmpty();
        assertThat(orders.count()).isEqualTo(1);
    }

    @Test
    void listsTheNewestOrderFirst() {
        orders.save(order("ord-evening", "alice", EVENING, null));
        orders.save(order("ord-morning", "bob", MORNING, null));

        assertThat(orders.all()).extracting(Order::id).containsExactly("ord-evening", "ord-morning");
    }

    @Test
    void listsOrdersFromTheSameInstantLastSavedFirst() {
        orders.save(order("ord-1", "alice", MORNING, null));
        orders.save(order("ord-2", "alice", MORNING, null));
        orders.save(order("ord-3", "alice", MORNING, null));

        assertThat(orders.all()).extracting(Order::id).containsExactly("ord-3", "ord-2", "ord-1");
    }

    @Test
    void findsAnOrderByItsCustomersIdempotencyKey() {
        Order order = orders.save(order("ord-1", "alice", MORNING, "cart-1"));

        assertThat(orders.byIdempotencyKey("alice", "cart-1")).contains(order);
        assertThat(orders.byIdempotencyKey("bob", "cart-1")).isEmpty();
        assertThat(orders.byIdempotencyKey("alice", null)).isEmpty();
    }

    @Test
    void savingASecondOrderWithTheSameKeyKeepsTheOriginal() {
        Order original = orders.save(order("ord-1", "alice", MORNING, "cart-1"));

        Order stored = orders.save(order("ord-2", "alice", EVENING, "cart-1"));

        assertThat(stored).isEqualTo(original);
        assertThat(orders.byId("ord-2")).isEmpty();
        assertThat(orders.count()).isEqualTo(1);
    }

    @Test
    void ordersWithoutAKeyNeverCollide() {
        orders.save(order("ord-1", "alice", MORNING, null));
        orders.save(order("ord-2", "alice", MORNING, null));

        assertThat(orders.count()).isEqualTo(2);
    }

    @Test
    void refusesASecondOrderWithTheSameId() {
        orders.save(order("ord-1", "alice", MORNING, null));

        assertThatThrownBy(() -> orders.save(order("ord-1", "bob", EVENING, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ord-1");
        assertThat(orders.byId("ord-1")).hasValueSatisfying(kept -> assertThat(kept.customerId()).isEqualTo("alice"));
    }

    private static Order order(String id, String customerId, Instant createdAt, String idempotencyKey) {
        return new Order(id, customerId, List.of(new OrderLine("SMALL", "Small", 1, 9_900)), 9_900,
                createdAt, idempotencyKey);
    }
}
