package kata.shop.orders;

import java.util.Objects;

/**
 * One product on an order, with the price it had when the order was placed: a later price change
 * in the catalog must not change what an existing order costs.
 */
public record OrderLine(String sku, String name, int quantity, long unitPriceOre) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        if (quantity < 1) {
            throw new IllegalArgumentException(sku + ": quantity must be positive, was " + quantity);
        }
        if (unitPriceOre < 1) {
            throw new IllegalArgumentException(sku + ": unitPriceOre must be positive, was " + unitPriceOre);
        }
    }

    /** @throws ArithmeticException rather than silently wrapping to a negative price */
    public long totalOre() {
        return Math.multiplyExact(unitPriceOre, quantity);
    }
}
