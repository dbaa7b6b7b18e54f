package kata.shop.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The products the shop sells, looked up by SKU. Immutable, so every thread may share one.
 */
public final class Catalog {

    private final List<Product> products;
    private final Map<String, Product> bySku;

    /**
     * @throws IllegalArgumentException if two products share a SKU: a lookup must never have
     *                                  to guess which one was meant
     */
    public Catalog(List<Product> products) {
        this.products = List.copyOf(products);
        Map<String, Product> index = new LinkedHashMap<>();
        for (Product product : this.products) {
            if (index.putIfAbsent(product.sku(), product) != null) {
                throw new IllegalArgumentException("duplicate SKU in catalog: " + product.sku());
            }
        }
        this.bySku = Map.copyOf(index);
    }

    /** The workshop's shop: VPS sizes and two add-ons, priced in øre per month. */
    public static Catalog standard() {
        return new Catalog(List.of(
                new Product("VPS-SSD-2GB", "VPS SSD 2 GB", "1 vCPU, 2 GB RAM, 40 GB SSD", 9_900, 1, 2, 40),
                new Product("VPS-SSD-4GB", "VPS SSD 4 GB", "2 vCPU, 4 GB RAM, 80 GB SSD", 14_900, 2, 4, 80),
                new Product("VPS-SSD-8GB", "VPS SSD 8 GB", "4 vCPU, 8 GB RAM, 160 GB SSD", 29_900, 4, 8, 160),
                new Product("VPS-SSD-16GB", "VPS SSD 16 GB", "6 vCPU, 16 GB RAM, 320 GB SSD", 54_900, 6, 16, 320),
                new Product("VPS-SSD-32GB", "VPS SSD 32 GB", "8 vCPU, 32 GB RAM, 640 GB SSD", 99_900, 8, 32, 640),
                new Product("VPS-NVME-64GB", "VPS NVMe 64 GB", "16 vCPU, 64 GB RAM, 1280 GB NVMe", 199_900, 16, 64, 1280),
                new Product("BACKUP-100GB", "Backup 100 GB", "100 GB of nightly off-site backup", 4_900, 0, 0, 100),
                new Product("IPV4-EXTRA", "Extra IPv4 address", "One more public IPv4 address", 3_900, 0, 0, 0)));
    }

    /** Every product, always in the order the catalog was built with. */
    public List<Product> all() {
        return products;
    }

    public Optional<Product> find(String sku) {
        // The immutable map throws on a null key; a missing SKU is simply not sold here.
        return sku == null ? Optional.empty() : Optional.ofNullable(bySku.get(sku));
    }

    /** For callers that cannot go on without the product, such as pricing an order. */
    public Product require(String sku) {
        return find(sku).orElseThrow(() -> new UnknownProductException(sku));
    }
}
