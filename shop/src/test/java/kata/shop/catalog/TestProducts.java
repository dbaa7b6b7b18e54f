package kata.shop.catalog;

import java.util.Arrays;

/** Products for tests, where only the SKU and the price matter. */
public final class TestProducts {

    private TestProducts() {
    }

    public static Product product(String sku, long priceOre) {
        return new Product(sku, "Product " + sku, "a product for tests", priceOre, 1, 1, 10);
    }

    /** A catalog of the given SKUs, in that order, at 1 kr each. */
    public static Catalog catalogOf(String... skus) {
        return new Catalog(Arrays.stream(skus).map(sku -> product(sku, 100)).toList());
    }
}
