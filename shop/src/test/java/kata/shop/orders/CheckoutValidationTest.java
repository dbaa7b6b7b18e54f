package kata.shop.orders;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static kata.shop.orders.CheckoutFixture.fillerSku;
import static kata.shop.orders.CheckoutFixture.item;
import static kata.shop.orders.CheckoutService.MAX_LINES;
import static kata.shop.orders.CheckoutService.MAX_QUANTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CheckoutValidationTest {

    private static final List<CheckoutRequest.Item> ONE_ITEM = List.of(item("SMALL", 1));

    private final CheckoutFixture shop = new CheckoutFixture();

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                arguments("customerId", "customerId is required", customer(null)),
                arguments("customerId", "customerId is required", customer("   ")),
                arguments("customerId", "customerId must be at most 64 characters, was 65", customer("a".repeat(65))),
                arguments("customerId", "customerId may only contain letters, digits, '.', '_' and '-'",
                        customer("alice smith")),
                arguments("customerId", "customerId may only contain letters, digits, '.', '_' and '-'",
                        customer("../admin")),
                arguments("idempotencyKey", "idempotencyKey must not be blank; leave it out to check out without one",
                        key(" ")),
                arguments("idempotencyKey", "idempotencyKey must be at most 128 characters, was 129",
                        key("k".repeat(129))),
                arguments("idempotencyKey", "idempotencyKey must not contain control characters",
                        key("cart-1\r\nX-Injected: 1")),
                arguments("items", "items is required", items(null)),
                arguments("items", "items must contain between 1 and 20 lines, was 0", items(List.of())),
                arguments("items", "items must contain between 1 and 20 lines, was 21", items(fillers(MAX_LINES + 1))),
                arguments("items[1]", "item is required", items(Arrays.asList(item("SMALL", 1), null))),
                arguments("items[0].sku", "sku is required", items(List.of(item(null, 1)))),
                arguments("items[0].sku", "sku is required", items(List.of(item(" ", 1)))),
                arguments("items[0].quantity", "quantity must be between 1 and 100, was 0",
                        items(List.of(item("SMALL", 0)))),
                arguments("items[1].quantity", "quantity must be between 1 and 100, was -3",
                        items(List.of(item("SMALL", 1), item("LARGE", -3)))),
                arguments("items[0].quantity", "quantity must be between 1 and 100, was 101",
                        items(List.of(item("SMALL", MAX_QUANTITY + 1)))),
                arguments("items[2].sku", "sku SMALL is already in items[0]; put the whole quantity on one line",
                        items(List.of(item("SMALL", 60), item("LARGE", 1), item("SMALL", 60)))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidRequests")
    void rejectsTheRequestAndNamesTheField(String field, String message, CheckoutRequest request) {
        assertThatThrownBy(() -> shop.service.checkout(request))
                .isInstanceOfSatisfying(InvalidOrderException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo(field))
                .hasMessage(message);
        assertThat(shop.orders.count()).isZero();
        assertThat(shop.provisioner.taskCount()).isZero();
    }

    static Stream<Arguments> requestsAtTheLimits() {
        return Stream.of(
                arguments("a 64 character customerId of every allowed kind",
                        customer("Az09._-".repeat(9) + "x")),
                arguments("a 128 character idempotencyKey", key("k".repeat(128))),
                arguments("quantity " + MAX_QUANTITY, items(List.of(item("SMALL", MAX_QUANTITY)))),
                arguments(MAX_LINES + " lines", items(fillers(MAX_LINES))));
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("requestsAtTheLimits")
    void acceptsARequestRightAtALimit(String limit, CheckoutRequest request) {
        Order order = shop.service.checkout(request);

        assertThat(shop.orders.byId(order.id())).contains(order);
    }

    private static CheckoutRequest customer(String customerId) {
        return new CheckoutRequest(customerId, ONE_ITEM, null);
    }

    private static CheckoutRequest key(String idempotencyKey) {
        return new CheckoutRequest("alice", ONE_ITEM, idempotencyKey);
    }

    private static CheckoutRequest items(List<CheckoutRequest.Item> items) {
        return new CheckoutRequest("alice", items, null);
    }

    private static List<CheckoutRequest.Item> fillers(int count) {
        return IntStream.range(0, count).mapToObj(i -> item(fillerSku(i), 1)).toList();
    }
}
