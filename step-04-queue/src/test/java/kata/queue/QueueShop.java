package kata.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import kata.shop.orders.OrderStatuses;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.webshop.WebShopApp;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.orders.Provisioning;
import kata.webshop.parts.ShopParts;

/**
 * The shop, running in this test JVM on a free loopback port and wired exactly as
 * {@code WebShopApp.main} wires it from the environment given here: with {@code AMQP_URI} it
 * provisions through the order queue (once you have built that), without it over HTTP.
 */
final class QueueShop implements AutoCloseable {

    static final String ONE_SERVER = "{\"customerId\":\"c-4\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
    static final String THREE_SERVERS = "{\"customerId\":\"c-4\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":2},"
            + "{\"sku\":\"BACKUP-100GB\",\"quantity\":1}]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final ShopParts parts;
    private final OrderStatuses statuses;

    private QueueShop(Javalin app, ShopParts parts, OrderStatuses statuses) {
        this.app = app;
        this.parts = parts;
        this.statuses = statuses;
    }

    /** Settings as {@code WebShopApp.main} reads them: AMQP_URI, PROVISIONING_URL, the queue names. */
    static QueueShop start(Map<String, String> env) {
        OrderStatuses statuses = new OrderStatuses();
        Provisioning provisioning = WebShopApp.provisioning(env, statuses);
        ShopParts parts = WebShopApp.parts(AdminCredentials.random(), 0, provisioning.provisioner());
        Javalin app = WebShopApp.create(parts, WebShopApp.inProcessRecommendations(parts), statuses, provisioning,
                "127.0.0.1").start(0);
        QueueShop shop = new QueueShop(app, parts, statuses);
        // Warm up outside any timing: an invalid checkout (400) loads the checkout path, stores nothing.
        shop.http().get("/health");
        shop.http().post("/checkout", "{\"customerId\":\"warm-up\",\"items\":[]}");
        return shop;
    }

    static Map<String, String> env(URI broker, QueueNamesForTest queues, URI provisioning) {
        Map<String, String> env = new HashMap<>(queues.env());
        env.put("AMQP_URI", broker.toString());
        env.put("PROVISIONING_URL", provisioning.toString());
        return env;
    }

    TestHttp http() {
        return TestHttp.to(app.port());
    }

    ShopParts parts() {
        return parts;
    }

    OrderStatuses statuses() {
        return statuses;
    }

    /** A checkout that must answer within {@code patience}; status -1 if it did not. */
    HttpResult checkout(String body, Duration patience) {
        return http().trySend("POST", "/checkout", body, patience, "Content-Type", "application/json");
    }

    /** Checks out and returns the new order's id, failing unless the shop answered 202. */
    String checkoutAccepted(String body) {
        HttpResult answer = checkout(body, Duration.ofSeconds(5));
        assertThat(answer.status()).as("checkout: %s", answer.body()).isEqualTo(202);
        return json(answer.body()).get("id").asText();
    }

    /** The order's provisioning status as GET /orders/{id} shows it ("PENDING", ...), or "none". */
    String statusOf(String orderId) {
        JsonNode order = json(http().get("/orders/" + orderId).body());
        return order.path("status").isTextual() ? order.get("status").asText() : "none";
    }

    String reasonOf(String orderId) {
        return json(http().get("/orders/" + orderId).body()).path("reason").asText();
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        // Not the service's graceful stop: that gives the test client's idle keep-alive
        // connection a second to close (Jetty's shutdown idle timeout), for nothing in flight.
        app.jettyServer().server().setStopTimeout(0);
        app.stop();
    }
}
