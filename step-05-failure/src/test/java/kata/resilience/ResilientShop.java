package kata.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.Map;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.shop.orders.OrderStatuses;
import kata.testkit.stub.StubServer;
import kata.webshop.WebShopApp;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.orders.Provisioning;
import kata.webshop.pages.StorefrontPage;
import kata.webshop.parts.ShopParts;
import kata.webshop.recommendations.Recommendations;
import kata.webshop.resilience.ResilienceSettings;

/**
 * The shop of step 05 in this test JVM on a free loopback port, wired as {@code WebShopApp.main}
 * wires it, in front of a scripted recommendation service (a real HTTP server, see
 * {@link StubServer}) and a provisioning service that always says yes.
 */
final class ResilientShop implements AutoCloseable {

    /** What the recommendation service answers when it is well. */
    static final String RECOMMENDATIONS = "{\"userId\":\"u-1\",\"recommendations\":"
            + "[{\"sku\":\"VPS-SSD-4GB\",\"name\":\"VPS SSD 4 GB\",\"reason\":\"popular\"}]}";
    static final String ORDER = "{\"customerId\":\"c-5\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
    /** Longer than any answer of the shop should take: a request that takes this long has hung. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final Javalin app;
    private final ShopParts parts;
    private final StubServer provisioning;

    private ResilientShop(Javalin app, ShopParts parts, StubServer provisioning) {
        this.app = app;
        this.parts = parts;
        this.provisioning = provisioning;
    }

    static ResilientShop start(StubServer recommender, ResilienceSettings settings) {
        StubServer provisioning = StubServer.answering(request -> StubServer.Answer.json(201, "{}"));
        OrderStatuses statuses = new OrderStatuses();
        Map<String, String> env = Map.of("RECOMMENDATIONS_URL", recommender.uri().toString(),
                "PROVISIONING_URL", provisioning.uri().toString());
        Provisioning orders = WebShopApp.provisioning(env, statuses);
        ShopParts parts = WebShopApp.parts(AdminCredentials.random(), 0, orders.provisioner());
        Recommendations recommendations = WebShopApp.recommendations(env, parts, settings);
        Javalin app = WebShopApp.create(parts, recommendations, statuses, orders, settings, "127.0.0.1").start(0);
        ResilientShop shop = new ResilientShop(app, parts, provisioning);
        shop.http().get("/health"); // warm up outside any timing
        return shop;
    }

    ShopParts parts() {
        return parts;
    }

    TestHttp http() {
        return TestHttp.to(app.port());
    }

    /** The storefront for one user; status -1 if the shop did not answer within {@link #PATIENCE}. */
    HttpResult storefront(String user) {
        return http().trySend("GET", "/?user=" + user, null, PATIENCE);
    }

    /** The page lists the service's suggestion (its reason, "popular"); the degraded page has none. */
    static boolean withRecommendations(HttpResult page) {
        return page.status() == 200 && page.body().contains("<small>popular</small>")
                && !page.body().contains(StorefrontPage.UNAVAILABLE);
    }

    static boolean withoutRecommendations(HttpResult page) {
        return page.status() == 200 && page.body().contains(StorefrontPage.UNAVAILABLE);
    }

    HttpResult checkout() {
        return http().trySend("POST", "/checkout", ORDER, PATIENCE, "Content-Type", "application/json");
    }

    /** GET /status: the breaker's state and the requests shed so far. */
    JsonNode status() {
        return http().get("/status").json();
    }

    String breaker() {
        return status().path("recommendationsBreaker").asText();
    }

    @Override
    public void close() {
        app.jettyServer().server().setStopTimeout(0); // nothing in flight worth waiting for
        app.stop();
        provisioning.close();
    }
}
