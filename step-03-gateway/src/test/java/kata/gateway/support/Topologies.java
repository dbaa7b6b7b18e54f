package kata.gateway.support;

import java.time.Duration;
import java.util.List;
import kata.gateway.topology.Balance;
import kata.gateway.topology.PoolSpec;
import kata.gateway.topology.Route;
import kata.gateway.topology.ServerSpec;
import kata.gateway.topology.Timeouts;
import kata.gateway.topology.Topology;

/** The topologies the tests run: the article's shop, and one pool behind "/" for the scenarios. */
public final class Topologies {

    /** Scenario timeouts: connect short, read long enough for a loaded laptop, short enough for a test. */
    public static final Timeouts SCENARIO = new Timeouts(Duration.ofMillis(250), Duration.ofMillis(1500));

    private Topologies() {
    }

    /**
     * The article's shop: storefront, products and checkout on the shop pool (least_conn, shop-a
     * weighs 3, the backup waits), recommendations on their own pool, admin on one node.
     */
    public static Topology shop(ServerSpec shopA, ServerSpec shopB, ServerSpec backup, ServerSpec recommender) {
        return new Topology(List.of(
                PoolSpec.of("shop", Balance.LEAST_CONN, shopA.weight(3), shopB, backup.asBackup()),
                PoolSpec.of("recommendations", Balance.ROUND_ROBIN, recommender),
                PoolSpec.of("admin", Balance.ROUND_ROBIN, shopA)),
                List.of(Route.exact("/", "shop"),
                        Route.prefix("/products", "shop"),
                        Route.prefix("/checkout", "shop"),
                        Route.prefix("/recommendations/", "recommendations"),
                        Route.prefix("/admin", "admin")),
                Timeouts.SCALED_FOR_TESTS, Topology.DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * Two shop nodes for a rolling restart. While one node restarts, the other carries the load and
     * a JVM starting next to it eats the CPU: the survivor accepts and answers slower. So the
     * timeouts are generous (connect 1 s; read 5 s, the article's read halved), and one slow answer
     * (max_fails=3) must not take the only node in the pool out for fail_timeout.
     */
    public static Topology deploy(ServerSpec shopA, ServerSpec shopB) {
        Duration failTimeout = Duration.ofSeconds(10);
        return new Topology(List.of(PoolSpec.of("shop", Balance.LEAST_CONN,
                        shopA.failing(3, failTimeout), shopB.failing(3, failTimeout))),
                List.of(Route.prefix("/", "shop")), new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(5)),
                Topology.DEFAULT_MAX_BODY_BYTES);
    }

    /** One pool, "app", behind every path. */
    public static Topology onePool(Balance balance, ServerSpec... servers) {
        return new Topology(List.of(PoolSpec.of("app", balance, servers)),
                List.of(Route.prefix("/", "app")), SCENARIO, Topology.DEFAULT_MAX_BODY_BYTES);
    }
}
