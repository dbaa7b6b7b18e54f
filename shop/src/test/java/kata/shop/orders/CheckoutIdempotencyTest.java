package kata.shop.orders;

import java.util.List;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kata.shop.Concurrently;
import kata.shop.provisioning.ProvisioningTask;

import static kata.shop.orders.CheckoutFixture.item;
import static kata.shop.orders.CheckoutFixture.requestWithKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckoutIdempotencyTest {

    private static final int THREADS = 8;

    private final CheckoutFixture shop = new CheckoutFixture();

    @Test
    void aRetryWithTheSameKeyGetsTheOriginalOrderBack() {
        Order original = shop.service.checkout(requestWithKey("alice", "cart-1", item("SMALL", 2)));

        Order retried = shop.service.checkout(requestWithKey("alice", "cart-1", item("SMALL", 2)));

        assertThat(retried).isEqualTo(original);
        assertThat(shop.orders.count()).isEqualTo(1);
        assertThat(shop.provisioner.taskCount()).isEqualTo(2);
    }

    /** The key names one checkout: other items under it are not a retry, and neither order is guessed. */
    @ParameterizedTest(name = "the key reused for {1} x {0} is refused")
    @CsvSource({"SMALL, 3", "LARGE, 2"})
    void theSameKeyWithOtherItemsIsRefused(String sku, int quantity) {
        shop.service.checkout(requestWithKey("alice", "cart-1", item("SMALL", 2)));

        assertThatThrownBy(() -> shop.service.checkout(requestWithKey("alice", "cart-1", item(sku, quantity))))
                .isInstanceOf(IdempotencyKeyReusedException.class).hasMessageContaining("cart-1");
        assertThat(shop.orders.count()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} with key {1} is a new order")
    @CsvSource({"bob, cart-1", "alice, cart-2"})
    void anotherCustomerOrAnotherKeyIsANewOrder(String customerId, String key) {
        Order alicesFirst = shop.service.checkout(requestWithKey("alice", "cart-1", item("SMALL", 1)));

        Order other = shop.service.checkout(requestWithKey(customerId, key, item("SMALL", 1)));

        assertThat(other.id()).isNotEqualTo(alicesFirst.id());
        assertThat(other.customerId()).isEqualTo(customerId);
        assertThat(shop.orders.count()).isEqualTo(2);
    }

    /** Repeated, because one lucky interleaving proves little; each run takes milliseconds. */
    @RepeatedTest(20)
    void concurrentRetriesWithTheSameKeyPlaceAndProvisionExactlyOneOrder() throws Exception {
        CheckoutRequest request = requestWithKey("alice", "double-click", item("SMALL", 2), item("LARGE", 1));

        List<Order> results = Concurrently.onThreads(THREADS, () -> shop.service.checkout(request));

        Order theOrder = results.get(0);
        assertThat(results).allSatisfy(order -> assertThat(order).isEqualTo(theOrder));
        assertThat(shop.orders.all()).containsExactly(theOrder);
        assertThat(shop.provisioner.tasks())
                .extracting(ProvisioningTask::orderId)
                .containsExactly(theOrder.id(), theOrder.id(), theOrder.id());
    }

    /** A caller that reacts to new orders must hear of each one once, however the retries race. */
    @RepeatedTest(20)
    void exactlyOneOfConcurrentRetriesIsReportedAsANewOrder() throws Exception {
        CheckoutRequest request = requestWithKey("alice", "double-click", item("SMALL", 1));

        List<CheckoutService.Placement> placements = Concurrently.onThreads(THREADS, () -> shop.service.place(request));

        assertThat(placements).filteredOn(placement -> !placement.replayed()).hasSize(1);
        assertThat(placements).extracting(CheckoutService.Placement::order).containsOnly(shop.orders.all().get(0));
    }
}
