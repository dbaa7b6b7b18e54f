package kata.shop.orders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import kata.shop.catalog.Catalog;
import kata.shop.catalog.Product;
import kata.shop.catalog.UnknownProductException;
import kata.shop.provisioning.Provisioner;

/**
 * Turns a customer's checkout into a placed, provisioned order: validate, price, save, provision.
 *
 * <p>Idempotent per customer and key: a retried checkout gets the original order back, and nothing
 * is stored or provisioned twice, even when the retries race each other. A key reused for other
 * items is refused ({@link IdempotencyKeyReusedException}).
 */
public final class CheckoutService {

    public static final int MAX_QUANTITY = 100;
    public static final int MAX_LINES = 20;

    private final Catalog catalog;
    private final OrderRepository orders;
    private final Provisioner provisioner;
    private final Clock clock;

    public CheckoutService(Catalog catalog, OrderRepository orders, Provisioner provisioner, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.provisioner = Objects.requireNonNull(provisioner, "provisioner");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CheckoutService(Catalog catalog, OrderRepository orders, Provisioner provisioner) {
        this(catalog, orders, provisioner, Clock.systemUTC());
    }

    /**
     * @throws InvalidOrderException   if the request breaks a rule; nothing is saved
     * @throws UnknownProductException if an item names a SKU the catalog does not sell
     * @throws IdempotencyKeyReusedException if the key was used for other items before
     */
    public Order checkout(CheckoutRequest request) {
        return place(request).order();
    }

    /**
     * What happened to a checkout: an order placed now, or the original order of a retry. A
     * caller that reacts to new orders (telling recommendations what was bought, say) reacts
     * only when {@code replayed} is false, so a retried checkout is not counted twice.
     */
    public record Placement(Order order, boolean replayed) {
    }

    /** {@link #checkout}, saying whether the order is new or the original of a retry. */
    public Placement place(CheckoutRequest request) {
        CheckoutValidator.validate(request);

        // The quick answer to a plain retry. It is not what makes retries safe: see below.
        Optional<Order> original = orders.byIdempotencyKey(request.customerId(), request.idempotencyKey());
        if (original.isPresent()) {
            return replayOf(original.get(), request);
        }

        List<OrderLine> lines = priceLines(request.items());
        Order order = new Order(newOrderId(), request.customerId(), lines, totalOf(lines),
                clock.instant(), request.idempotencyKey());

        // Two concurrent retries can both get past the look-up above. The repository checks the key
        // and stores under one lock, so only one of them gets its order stored; the other gets that
        // order back and must not provision it a second time.
        Order stored = orders.save(order);
        if (!stored.id().equals(order.id())) {
            return replayOf(stored, request);
        }
        // Saved first, then provisioned: a server is never created for an order the shop forgot.
        provisioner.provision(stored);
        return new Placement(stored, false);
    }

    /** The original order of a retry, if the retry asks for the same items; else a reused key. */
    private static Placement replayOf(Order original, CheckoutRequest retry) {
        List<CheckoutRequest.Item> asked = original.lines().stream()
                .map(line -> new CheckoutRequest.Item(line.sku(), line.quantity())).toList();
        if (!asked.equals(retry.items())) {
            throw new IdempotencyKeyReusedException(retry.idempotencyKey());
        }
        return new Placement(original, true);
    }

    private List<OrderLine> priceLines(List<CheckoutRequest.Item> items) {
        List<OrderLine> lines = new ArrayList<>();
        for (CheckoutRequest.Item item : items) {
            Product product = catalog.require(item.sku());
            lines.add(new OrderLine(product.sku(), product.name(), item.quantity(), product.priceOre()));
        }
        return lines;
    }

    /** Exact arithmetic: an overflowing total must fail, not wrap around to a negative price. */
    private static long totalOf(List<OrderLine> lines) {
        try {
            long total = 0;
            for (OrderLine line : lines) {
                total = Math.addExact(total, line.totalOre());
            }
            return total;
        } catch (ArithmeticException overflow) {
            throw new InvalidOrderException("items", "the order total is too large to represent in øre");
        }
    }

    /** 48 random bits: short enough to read aloud in the workshop, too many to collide in it. */
    private static String newOrderId() {
        long randomBits = ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL;
        return String.format("ord-%012x", randomBits);
    }
}
