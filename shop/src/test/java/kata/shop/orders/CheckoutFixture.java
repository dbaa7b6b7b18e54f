package kata.shop.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import kata.shop.catalog.Catalog;
import kata.shop.catalog.Product;
import kata.shop.provisioning.RecordingProvisioner;

import static kata.shop.catalog.TestProducts.product;

/** A checkout service wired to a test catalog, a fresh repository, a recorder and a frozen clock. */
final class CheckoutFixture {

    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final long SMALL_PRICE = 9_900;
    static final long LARGE_PRICE = 29_900;
    /** Two of these overflow a long: the price that proves the arithmetic is exact. */
    static final long HUGE_PRICE = Long.MAX_VALUE / 2 + 1;

    final OrderRepository orders = new OrderRepository();
    final RecordingProvisioner provisioner = new RecordingProvisioner();
    final CheckoutService service = new CheckoutService(testCatalog(), orders, provisioner,
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** SMALL, LARGE, HUGE-A, HUGE-B and enough fillers for an order with the most lines allowed. */
    private static Catalog testCatalog() {
        List<Product> products = new ArrayList<>(List.of(
                product("SMALL", SMALL_PRICE), product("LARGE", LARGE_PRICE),
                product("HUGE-A", HUGE_PRICE), product("HUGE-B", HUGE_PRICE)));
        for (int i = 0; i < CheckoutService.MAX_LINES; i++) {
            products.add(product(fillerSku(i), 100));
        }
        return new Catalog(products);
    }

    static String fillerSku(int i) {
        return "FILLER-" + i;
    }

    static CheckoutRequest.Item item(String sku, int quantity) {
        return new CheckoutRequest.Item(sku, quantity);
    }

    static CheckoutRequest request(CheckoutRequest.Item... items) {
        return new CheckoutRequest("alice", List.of(items), null);
    }

    static CheckoutRequest requestWithKey(String customerId, String key, CheckoutRequest.Item... items) {
        return new CheckoutRequest(customerId, List.of(items), key);
    }
}
