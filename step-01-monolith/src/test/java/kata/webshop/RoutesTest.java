package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import kata.testkit.http.HttpResult;
import kata.testkit.http.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Given: what the shop does for its customers and its admin. Green on the starter, and it stays green. */
class RoutesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static ShopUnderTest shop;

    @BeforeAll
    static void startShop() {
        shop = ShopUnderTest.start(ShopUnderTest.standardParts());
    }

    @AfterAll
    static void stopShop() {
        shop.close();
    }

    @Test
    void storefrontListsProductsAndRecommendations() {
        HttpResult page = shop.http().get("/?user=u-7");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("VPS-SSD-16GB").contains("Customers also bought").contains("<li>");
    }

    @Test
    void productsAreJsonWithPricesInOre() {
        HttpResult products = shop.http().get("/products");
        assertThat(products.status()).isEqualTo(200);
        assertThat(products.body()).contains("\"sku\":\"VPS-SSD-16GB\"").contains("\"priceOre\":");
        assertThat(shop.http().get("/products/VPS-SSD-16GB").body()).contains("\"sku\":\"VPS-SSD-16GB\"");
    }

    @Test
    void checkoutCreatesAnOrderWithItsTotal() {
        HttpResult created = shop.http().post("/checkout",
                "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"VPS-SSD-16GB\",\"quantity\":2}]}");
        assertThat(created.status()).isEqualTo(201);
        long unitPrice = shop.parts().catalog().require("VPS-SSD-16GB").priceOre();
        assertThat(created.body()).contains("\"customerId\":\"c-1\"").contains("\"totalOre\":" + 2 * unitPrice);
    }

    @Test
    void aRepeatedCheckoutWithTheSameIdempotencyKeyCreatesOneOrder() {
        String body = "{\"customerId\":\"c-2\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
        HttpResult first = shop.http().send("POST", "/checkout", body, TIMEOUT,
                "Content-Type", "application/json", "Idempotency-Key", "retry-me-1");
        HttpResult second = shop.http().send("POST", "/checkout", body, TIMEOUT,
                "Content-Type", "application/json", "Idempotency-Key", "retry-me-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void recommendationsAreJson() {
        HttpResult recommendations = shop.http().get("/recommendations/u-3");
        assertThat(recommendations.status()).isEqualTo(200);
        assertThat(recommendations.body()).contains("\"userId\":\"u-3\"").contains("\"recommendations\":[{");
    }

    @Test
    void adminOrdersNeedCredentials() {
        HttpResult anonymous = shop.http().get("/admin/orders");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertJsonError(anonymous, 401);

        String wrong = TestHttp.basicAuth(shop.parts().admin().user(), "not-the-password");
        assertThat(shop.http().send("GET", "/admin/orders", null, TIMEOUT, "Authorization", wrong).status())
                .isEqualTo(401);

        String right = TestHttp.basicAuth(shop.parts().admin().user(), shop.parts().admin().password());
        HttpResult orders = shop.http().send("GET", "/admin/orders", null, TIMEOUT, "Authorization", right);
        assertThat(orders.status()).isEqualTo(200);
        assertThat(orders.body()).startsWith("[");
    }

    @Test
    void healthAndReadiness() {
        assertThat(shop.http().get("/health").status()).isEqualTo(200);
        assertThat(shop.http().get("/ready").status()).isEqualTo(200);
    }

    static Stream<Arguments> badRequests() {
        String ok = "{\"customerId\":\"c-9\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
        return Stream.of(
                Arguments.of("malformed JSON", "POST", "/checkout", "{\"customerId\": \"c-9\", \"items\": [", "application/json", 400),
                Arguments.of("JSON null", "POST", "/checkout", "null", "application/json", 400),
                Arguments.of("unknown SKU", "POST", "/checkout", ok.replace("VPS-SSD-4GB", "VPS-NOPE"), "application/json", 400),
                Arguments.of("quantity zero", "POST", "/checkout", ok.replace("\"quantity\":1", "\"quantity\":0"), "application/json", 400),
                Arguments.of("negative quantity", "POST", "/checkout", ok.replace("\"quantity\":1", "\"quantity\":-3"), "application/json", 400),
                Arguments.of("absurd quantity", "POST", "/checkout", ok.replace("\"quantity\":1", "\"quantity\":1000000"), "application/json", 400),
                Arguments.of("quantity beyond int", "POST", "/checkout", ok.replace("\"quantity\":1", "\"quantity\":99999999999999"), "application/json", 400),
                Arguments.of("no items", "POST", "/checkout", "{\"customerId\":\"c-9\",\"items\":[]}", "application/json", 400),
                Arguments.of("no customer", "POST", "/checkout", "{\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}", "application/json", 400),
                Arguments.of("not JSON at all", "POST", "/checkout", ok, "text/plain", 415),
                Arguments.of("body too large", "POST", "/checkout", "{\"customerId\":\"" + "x".repeat(200_000) + "\"}", "application/json", 413),
                Arguments.of("unknown product page", "GET", "/products/VPS-NOPE", null, null, 404),
                Arguments.of("unknown path", "GET", "/no/such/page", null, null, 404),
                Arguments.of("wrong method", "DELETE", "/checkout", null, null, 405));
    }

    @ParameterizedTest(name = "{0} -> {5}")
    @MethodSource("badRequests")
    void badInputGetsAJsonErrorAndNoStackTrace(String what, String method, String path, String body,
                                               String contentType, int status) {
        HttpResult answer = contentType == null
                ? shop.http().send(method, path, body, TIMEOUT)
                : shop.http().send(method, path, body, TIMEOUT, "Content-Type", contentType);
        assertJsonError(answer, status);
    }

    private static void assertJsonError(HttpResult answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"error\":").contains("\"status\":" + status)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("kata.");
    }
}
