package kata.shop.catalog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static kata.shop.catalog.TestProducts.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void theStandardCatalogListsTheWorkshopProductsInAStableOrder() {
        assertThat(catalog.all()).extracting(Product::sku).containsExactly(
                "VPS-SSD-2GB", "VPS-SSD-4GB", "VPS-SSD-8GB", "VPS-SSD-16GB", "VPS-SSD-32GB",
                "VPS-NVME-64GB", "BACKUP-100GB", "IPV4-EXTRA");
    }

    @Test
    void pricesAreWholeOrePerMonth() {
        assertThat(catalog.require("VPS-SSD-4GB").priceOre()).isEqualTo(14_900L);
    }

    @Test
    void findsAProductBySku() {
        assertThat(catalog.find("VPS-SSD-8GB"))
                .hasValueSatisfying(found -> assertThat(found.memoryGb()).isEqualTo(8));
    }

    @Test
    void findsNothingForASkuItDoesNotSell() {
        assertThat(catalog.find("VPS-SSD-3GB")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void requireNamesTheUnknownSku() {
        assertThatThrownBy(() -> catalog.require("VPS-XL"))
                .isInstanceOfSatisfying(UnknownProductException.class,
                        unknown -> assertThat(unknown.sku()).isEqualTo("VPS-XL"))
                .hasMessageContaining("VPS-XL");
    }

    @Test
    void rejectsTwoProductsWithTheSameSku() {
        List<Product> products = List.of(product("VPS-A", 100), product("VPS-B", 200), product("VPS-A", 300));

        assertThatThrownBy(() -> new Catalog(products))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VPS-A");
    }

    @Test
    void keepsItsOwnCopyOfTheProducts() {
        List<Product> products = new ArrayList<>(List.of(product("VPS-A", 100)));
        Catalog copied = new Catalog(products);

        products.add(product("VPS-B", 200));

        assertThat(copied.all()).extracting(Product::sku).containsExactly("VPS-A");
        assertThatThrownBy(() -> copied.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
