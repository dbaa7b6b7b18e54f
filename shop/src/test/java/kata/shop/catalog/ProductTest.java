package kata.shop.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductTest {

    @ParameterizedTest(name = "{6}")
    @CsvSource(nullValues = "null", value = {
            "null,  VPS, 100, 1, 1, 1, sku must not be blank",
            "'  ',  VPS, 100, 1, 1, 1, sku must not be blank",
            "VPS-A, '',  100, 1, 1, 1, name must not be blank",
            "VPS-A, VPS, 0,   1, 1, 1, priceOre must be positive",
            "VPS-A, VPS, -1,  1, 1, 1, priceOre must be positive",
            "VPS-A, VPS, 100, -1, 1, 1, vcpus must not be negative",
            "VPS-A, VPS, 100, 1, -1, 1, memoryGb must not be negative",
            "VPS-A, VPS, 100, 1, 1, -1, diskGb must not be negative",
    })
    void rejectsAnInvalidProduct(String sku, String name, long priceOre, int vcpus, int memoryGb, int diskGb,
                                 String expectedMessage) {
        assertThatThrownBy(() -> new Product(sku, name, "description", priceOre, vcpus, memoryGb, diskGb))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expectedMessage);
    }

    @ParameterizedTest(name = "an add-on may have {0} vCPUs, {1} GB memory and {2} GB disk")
    @CsvSource({"0, 0, 0", "0, 0, 100"})
    void acceptsAnAddOnWithoutMachineSizes(int vcpus, int memoryGb, int diskGb) {
        assertThatCode(() -> new Product("ADD-ON", "Add-on", "", 100, vcpus, memoryGb, diskGb))
                .doesNotThrowAnyException();
    }
}
