package kata.testkit.shop;

import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import kata.runtime.http.HttpResult;
import kata.testkit.hostile.HostileAnswers;
import kata.testkit.hostile.HostileInputs;
import kata.testkit.hostile.HostileRequest;
import kata.runtime.http.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Given tests: what the shop promises its customers and its admin, over HTTP only. Every step
 * subclasses it, so the shop's behaviour is held to the same tests however it is split up.
 */
public abstract class ShopApiContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shop under test (its storefront, checkout and admin routes). */
    protected abstract TestHttp shop();

    protected abstract String adminUser();

    protected abstract String adminPassword();

    @Test
    void storefrontListsProductsAndRecommendations() {
        HttpResult page = shop().get("/?user=u-7");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("VPS-SSD-16GB").contains("Customers also bought");
    }

    @Test
    void productsAreJsonWithPricesInOre() throws Exception {
        HttpResult product = shop().get("/products/VPS-SSD-16GB");
        assertThat(product.status()).isEqualTo(200);
        JsonNode json = JSON.readTree(product.body());
        assertThat(json.get("sku").asText()).isEqualTo("VPS-SSD-16GB");
        assertThat(json.get("priceOre").isIntegralNumber()).as("money is integer øre").isTrue();
        assertThat(shop().get("/products").body()).contains("\"sku\":\"VPS-SSD-16GB\"");
    }

    @Test
    void checkoutCreatesAnOrderWithItsTotal() throws Exception {
        long unitPrice = JSON.readTree(shop().get("/products/VPS-SSD-16GB").body()).get("priceOre").asLong();
        HttpResult created = shop().post("/checkout",
                "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"VPS-SSD-16GB\",\"quantity\":2}]}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode order = JSON.readTree(created.body());
        assertThat(order.get("customerId").asText()).isEqualTo("c-1");
        assertThat(order.get("totalOre").asLong()).isEqualTo(2 * unitPrice);
    }

    @Test
    void aRepeatedCheckoutWithTheSameIdempotencyKeyCreatesOneOrder() {
        String body = "{\"customerId\":\"c-2\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
        String key = "retry-me-" + System.nanoTime();
        HttpResult first = shop().send("POST", "/checkout", body, TIMEOUT,
                "Content-Type", "application/json", "Idempotency-Key", key);
        HttpResult second = shop().send("POST", "/checkout", body, TIMEOUT,
                "Content-Type", "application/json", "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).as("the same order, not a second one").isEqualTo(first.body());
    }

    @Test
    void aBrowserGetsAProductPageAndAnApiClientGetsJson() {
        HttpResult page = shop().send("GET", "/products/VPS-SSD-16GB", null, TIMEOUT,
                "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        HttpResult json = shop().send("GET", "/products/VPS-SSD-16GB", null, TIMEOUT, "Accept", "application/json");

        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("VPS SSD 16 GB").contains("549,00 kr").contains("class=\"buy\"");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.body()).contains("\"priceOre\":54900");
    }

    @Test
    void anIdempotencyKeyReusedForOtherItemsIsRefusedWith422() {
        String key = "reused-" + System.nanoTime();
        String first = "{\"customerId\":\"c-3\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
        HttpResult original = shop().send("POST", "/checkout", first, TIMEOUT,
                "Content-Type", "application/json", "Idempotency-Key", key);
        int ordersBefore = orderCount();

        HttpResult reused = shop().send("POST", "/checkout", first.replace("\"quantity\":1", "\"quantity\":2"), TIMEOUT,
                "Content-Type", "application/json", "Idempotency-Key", key);

        assertThat(original.status()).isEqualTo(201);
        assertJsonError(reused, 422);
        assertThat(reused.body()).contains(key);
        assertThat(orderCount()).as("orders after the refused reuse").isEqualTo(ordersBefore);
    }

    @Test
    void adminOrdersNeedCredentials() {
        HttpResult anonymous = shop().get("/admin/orders");
        assertJsonError(anonymous, 401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

        String wrong = TestHttp.basicAuth(adminUser(), "not-the-password");
        assertJsonError(shop().send("GET", "/admin/orders", null, TIMEOUT, "Authorization", wrong), 401);

        String right = TestHttp.basicAuth(adminUser(), adminPassword());
        HttpResult orders = shop().send("GET", "/admin/orders", null, TIMEOUT, "Authorization", right);
        assertThat(orders.status()).isEqualTo(200);
        assertThat(orders.body()).startsWith("[");
    }

    @Test
    void healthAndReadiness() {
        assertThat(shop().get("/health").status()).isEqualTo(200);
        assertThat(shop().get("/ready").status()).isEqualTo(200);
    }

    static Stream<Arguments> badRequests() {
        String ok = "{\"customerId\":\"c-9\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
        String json = "application/json";
        return Stream.of(
                Arguments.of("malformed JSON", "POST", "/checkout", "{\"customerId\": \"c-9\", \"items\": [", json, 400),
                Arguments.of("JSON null", "POST", "/checkout", "null", json, 400),
                Arguments.of("unknown SKU", "POST", "/checkout", ok.replace("VPS-SSD-4GB", "VPS-NOPE"), json, 400),
                Arguments.of("quantity zero", "POST", "/checkout", ok.replace("\"quantity\":1", "\"quantity\":0"), json, 400),
                Arguments.of("negative quantity", "POST", "/checkout", ok.replace("\"quantity\":1", "\"quantity\":-3"), json, 400),
                Arguments.of("absurd quantity", "POST", "/checkout", ok.replace("\"quantity\":1", "\"quantity\":1000000"), json, 400),
                Arguments.of("quantity beyond int", "POST", "/checkout", ok.replace("\"quantity\":1", "\"quantity\":99999999999999"), json, 400),
                Arguments.of("no items", "POST", "/checkout", "{\"customerId\":\"c-9\",\"items\":[]}", json, 400),
                Arguments.of("no customer", "POST", "/checkout", "{\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}", json, 400),
                Arguments.of("not JSON at all", "POST", "/checkout", ok, "text/plain", 415),
                Arguments.of("body too large", "POST", "/checkout", "{\"customerId\":\"" + "x".repeat(200_000) + "\"}", json, 413),
                Arguments.of("unknown product page", "GET", "/products/VPS-NOPE", null, null, 404),
                Arguments.of("unknown path", "GET", "/no/such/page", null, null, 404),
                Arguments.of("wrong method", "DELETE", "/checkout", null, null, 405));
    }

    @ParameterizedTest(name = "{0} -> {5}")
    @MethodSource("badRequests")
    void badInputGetsAJsonErrorAndNoStackTrace(String what, String method, String path, String body,
                                               String contentType, int status) {
        HttpResult answer = contentType == null
                ? shop().send(method, path, body, TIMEOUT)
                : shop().send(method, path, body, TIMEOUT, "Content-Type", contentType);
        assertJsonError(answer, status);
    }

    static List<HostileRequest> hostileCheckouts() {
        return HostileInputs.forJsonBody("/checkout",
                "{\"customerId\":\"c-7\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}");
    }

    /** Hostile input, as an attacker or a broken client sends it: refused, as JSON, nothing stored. */
    @ParameterizedTest(name = "checkout: {0}")
    @MethodSource("hostileCheckouts")
    void hostileCheckoutIsRefusedAndStoresNothing(HostileRequest request) {
        int ordersBefore = orderCount();
        HostileAnswers.assertHandledSafely(shop().port(), request, true);
        assertThat(orderCount()).as("orders after: %s", request).isEqualTo(ordersBefore);
        assertThat(HostileAnswers.healthy(shop().port())).as("healthy after: %s", request).isTrue();
    }

    static List<HostileRequest> hostileProductIds() {
        return HostileInputs.forPathSegment("/products/", java.util.Set.of(400, 404));
    }

    @ParameterizedTest(name = "product page: {0}")
    @MethodSource("hostileProductIds")
    void hostileProductIdIsRefused(HostileRequest request) {
        HostileAnswers.assertHandledSafely(shop().port(), request, true);
    }

    /** Guesses around the default user name, "admin": none of them may open the pages. */
    static List<HostileRequest> hostileCredentials() {
        return HostileInputs.forAuthorization("/admin/orders", "admin");
    }

    @ParameterizedTest(name = "admin: {0}")
    @MethodSource("hostileCredentials")
    void hostileCredentialsNeverOpenTheAdminPages(HostileRequest request) {
        HostileAnswers.assertHandledSafely(shop().port(), request, true);
    }

    /** How many orders the shop holds, as its admin sees them. */
    private int orderCount() {
        HttpResult orders = shop().send("GET", "/admin/orders", null, TIMEOUT,
                "Authorization", TestHttp.basicAuth(adminUser(), adminPassword()));
        try {
            return JSON.readTree(orders.body()).size();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("admin orders are not JSON: " + orders.body(), e);
        }
    }
}
