package kata.shop.orders;

import org.junit.jupiter.api.Test;

import kata.shop.catalog.UnknownProductException;
import kata.shop.provisioning.ProvisioningTask;

import static kata.shop.orders.CheckoutFixture.LARGE_PRICE;
import static kata.shop.orders.CheckoutFixture.NOW;
import static kata.shop.orders.CheckoutFixture.SMALL_PRICE;
import static kata.shop.orders.CheckoutFixture.item;
import static kata.shop.orders.CheckoutFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CheckoutServiceTest {

    private final CheckoutFixture shop = new CheckoutFixture();

    @Test
    void pricesEveryLineAndTheTotalInOre() {
        Order order = shop.service.checkout(request(item("SMALL", 2), item("LARGE", 1)));

        assertThat(order.lines()).containsExactly(
                new OrderLine("SMALL", "Product SMALL", 2, SMALL_PRICE),
                new OrderLine("LARGE", "Product LARGE", 1, LARGE_PRICE));
        assertThat(order.totalOre()).isEqualTo(2 * SMALL_PRICE + LARGE_PRICE);
    }

    @Test
    void placesTheOrderForTheCustomerAtTheClocksTime() {
        Order order = shop.service.checkout(request(item("SMALL", 1)));

        assertThat(order.customerId()).isEqualTo("alice");
        assertThat(order.createdAt()).isEqualTo(NOW);
        assertThat(order.idempotencyKey()).isNull();
        assertThat(order.id()).matches("ord-[0-9a-f]{12}");
    }

    @Test
    void savesTheOrder() {
        Order order = shop.service.checkout(request(item("SMALL", 1)));

        assertThat(shop.orders.byId(order.id())).contains(order);
        assertThat(shop.orders.count()).isEqualTo(1);
    }

    @Test
    void provisionsEveryUnitOrdered() {
        Order order = shop.service.checkout(request(item("SMALL", 2), item("LARGE", 1)));

        assertThat(shop.provisioner.tasks())
                .extracting(ProvisioningTask::orderId, ProvisioningTask::sku)
                .containsExactly(
                        tuple(order.id(), "SMALL"), tuple(order.id(), "SMALL"), tuple(order.id(), "LARGE"));
    }

    @Test
    void everyCheckoutWithoutAKeyIsANewOrder() {
        Order first = shop.service.checkout(request(item("SMALL", 1)));
        Order second = shop.service.checkout(request(item("SMALL", 1)));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(shop.orders.count()).isEqualTo(2);
    }

    @Test
    void anUnknownSkuPlacesNoOrder() {
        assertThatThrownBy(() -> shop.service.checkout(request(item("SMALL", 1), item("VPS-XL", 1))))
                .isInstanceOfSatisfying(UnknownProductException.class,
                        unknown -> assertThat(unknown.sku()).isEqualTo("VPS-XL"));
        assertNothingPlaced();
    }

    @Test
    void aLineTotalThatOverflowsALongIsRejected() {
        assertThatThrownBy(() -> shop.service.checkout(request(item("HUGE-A", 2))))
                .isInstanceOfSatisfying(InvalidOrderException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("items"));
        assertNothingPlaced();
    }

    @Test
    void anOrderTotalThatOverflowsALongIsRejected() {
        // Each line alone fits in a long; only their sum overflows.
        assertThatThrownBy(() -> shop.service.checkout(request(item("HUGE-A", 1), item("HUGE-B", 1))))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("too large");
        assertNothingPlaced();
    }

    private void assertNothingPlaced() {
        assertThat(shop.orders.count()).isZero();
        assertThat(shop.provisioner.taskCount()).isZero();
    }
}
