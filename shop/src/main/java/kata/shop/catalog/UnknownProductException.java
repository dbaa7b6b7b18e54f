package kata.shop.catalog;

/**
 * Someone asked for a SKU the catalog does not sell.
 *
 * <p>It carries the SKU so a caller can answer "no product VPS-XL" without parsing a message.
 */
public final class UnknownProductException extends RuntimeException {

    private final String sku;

    public UnknownProductException(String sku) {
        super("unknown product: " + sku);
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
