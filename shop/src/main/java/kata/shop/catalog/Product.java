package kata.shop.catalog;

import java.util.Objects;

/**
 * Something the shop sells: a virtual server size, or an add-on such as backup space.
 *
 * <p>The price is in øre per month ({@code 14900} is 149 kr). Money is never a {@code double}:
 * binary fractions cannot hold 0.10 exactly, and rounding errors in a sum are real money.
 *
 * <p>Sizes may be zero because add-ons are products too: {@code IPV4-EXTRA} has no CPU,
 * memory or disk, {@code BACKUP-100GB} only disk. Negative sizes are always a mistake.
 */
public record Product(String sku, String name, String description, long priceOre,
                      int vcpus, int memoryGb, int diskGb) {

    public Product {
        requireText(sku, "sku");
        requireText(name, "name");
        Objects.requireNonNull(description, "description");
        if (priceOre <= 0) {
            throw new IllegalArgumentException(sku + ": priceOre must be positive, was " + priceOre);
        }
        requireSize(vcpus, sku, "vcpus");
        requireSize(memoryGb, sku, "memoryGb");
        requireSize(diskGb, sku, "diskGb");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    private static void requireSize(int size, String sku, String field) {
        if (size < 0) {
            throw new IllegalArgumentException(sku + ": " + field + " must not be negative, was " + size);
        }
    }
}
