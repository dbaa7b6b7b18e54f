package kata.gateway;

import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kata.gateway.routing.Routes;
import kata.gateway.support.JavaGateway;
import kata.gateway.support.ShopNode;
import kata.gateway.support.TestUpstream;
import kata.gateway.support.Topologies;
import kata.gateway.topology.Route;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.runtime.process.ChildJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Target 1: one entry point. Two shop nodes (step 02's shop, each its own JVM), the recommendation
 * service, and the Java gateway in front: every path reaches its pool, and only its pool.
 */
class RoutingTest {

    private static ChildJvm recommender;
    private static ShopNode shopA;
    private static ShopNode shopB;
    private static TestUpstream backup;
    private static JavaGateway gateway;

    @BeforeAll
    static void startTheShop() {
        recommender = ChildJvm.builder("recommender", "kata.recommender.RecommenderApp").heap("64m")
                .env("PORT", "0").start();
        shopA = ShopNode.start("shop-a", recommender.baseUri().toString()).warm();
        shopB = ShopNode.start("shop-b", recommender.baseUri().toString()).warm();
        backup = TestUpstream.start("shop-c");
        gateway = JavaGateway.start(Topologies.shop(shopA.spec(), shopB.spec(), backup.spec(),
                kata.gateway.topology.ServerSpec.of("recommender", "127.0.0.1:" + recommender.port())));
    }

    @AfterAll
    static void stopTheShop() {
        gateway.close();
        backup.close();
        shopA.close();
        shopB.close();
        recommender.close();
    }

    @Test
    @Exercise(hint = "Routes.poolFor: an exact route wins outright, else the longest prefix that matches; nothing matches, empty",
            more = "Like nginx's location: '= /' matches only '/'; '/products' matches '/products' and '/products/VPS-SSD-2GB'."
                    + " Take the longest prefix, not the first in the list.",
            readme = "#target-1-one-entry-point-routes-and-headers")
    void everyPathReachesItsPool() {
        TestHttp shop = gateway.http();

        HttpResult storefront = shop.get("/");
        assertThat(storefront.status()).as("GET /").isEqualTo(200);
        assertThat(storefront.header("X-Shop-Node")).as("the node behind GET /").isIn("shop-a", "shop-b");

        HttpResult product = shop.get("/products/VPS-SSD-2GB");
        assertThat(product.status()).as("GET /products/VPS-SSD-2GB").isEqualTo(200);
        assertThat(product.header("X-Shop-Node")).isIn("shop-a", "shop-b");

        HttpResult order = shop.post("/checkout", "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"VPS-SSD-2GB\",\"quantity\":1}]}");
        assertThat(order.status()).as("POST /checkout: %s", order.body()).isEqualTo(201);
        assertThat(order.header("X-Shop-Node")).isIn("shop-a", "shop-b");

        HttpResult recommendations = shop.get("/recommendations/u-1");
        assertThat(recommendations.status()).as("GET /recommendations/u-1").isEqualTo(200);
        assertThat(recommendations.body()).contains("\"userId\"");
        assertThat(recommendations.header("X-Shop-Node")).as("the recommendation service answers, not a shop node").isNull();

        HttpResult admin = shop.send("GET", "/admin/orders", null, TestHttp.DEFAULT_TIMEOUT,
                "Authorization", TestHttp.basicAuth("admin", ShopNode.ADMIN_PASSWORD));
        assertThat(admin.status()).as("GET /admin/orders").isEqualTo(200);
        assertThat(admin.header("X-Shop-Node")).as("admin lives on one node").isEqualTo("shop-a");
        assertThat(backup.requests()).as("requests the backup saw while the primaries were up").isZero();
    }

    @Test
    @Exercise(hint = "Routes.poolFor: take the longest prefix that matches, not the first in the list; an exact route beats every prefix",
            more = "Listed short-first, '/' matches every path: a first-match loop sends everything to the catch-all.",
            readme = "#target-1-one-entry-point-routes-and-headers")
    void theLongestPrefixWinsNotTheFirstInTheList() {
        Routes routes = new Routes(List.of(Route.prefix("/", "catch-all"), Route.prefix("/products", "shop"),
                Route.prefix("/products/special", "special"), Route.exact("/products", "exact")));

        assertThat(routes.poolFor("/products/special/1")).as("/products/special/1").contains("special");
        assertThat(routes.poolFor("/products/VPS-SSD-2GB")).as("/products/VPS-SSD-2GB").contains("shop");
        assertThat(routes.poolFor("/products")).as("/products: the exact route wins outright").contains("exact");
        assertThat(routes.poolFor("/elsewhere")).as("/elsewhere").contains("catch-all");
    }

    @Test
    void anUnknownPathIsTheGatewaysOwnJson404() {
        HttpResult answer = gateway.http().get("/wp-login.php");

        assertJsonError(answer, 404);
        assertThat(answer.header("X-Shop-Node")).as("no shop node saw the request").isNull();
    }
}
