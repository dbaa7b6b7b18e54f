package kata.gateway.parity;

import static kata.testkit.http.JsonErrorAssertions.assertJsonError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import kata.gateway.deploy.RollingDeploy;
import kata.gateway.support.GatewayUnderTest;
import kata.gateway.support.RawHttp;
import kata.gateway.support.ShopNode;
import kata.gateway.support.TestUpstream;
import kata.gateway.support.Topologies;
import kata.gateway.topology.Balance;
import kata.gateway.topology.Topology;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import kata.runtime.load.LoadProbe;
import kata.runtime.load.LoadReport;
import kata.runtime.load.RunningLoad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Target 5: one suite, two gateways. Every scenario starts a gateway from a topology - the Java
 * one ({@link JavaGatewayParityTest}) or nginx rendered from the same topology
 * ({@link NginxParityTest}) - and expects the same behaviour from both.
 */
abstract class ParityScenarios {

    private static final Duration HANGS = Duration.ofSeconds(5);
    private static final String HINT_MORE = "Java: targets 1-4 first. nginx: NginxUpstreams (the upstream block) and"
            + " gateway.conf (the proxy settings); the nginx half's logs are in target/kata/logs/*-nginx-error.log.";

    protected final List<AutoCloseable> started = new ArrayList<>();

    /** Starts the gateway under test from {@code topology}; it is closed after the test. */
    protected abstract GatewayUnderTest gateway(Topology topology);

    protected <T extends AutoCloseable> T closeLater(T resource) {
        started.add(0, resource);
        return resource;
    }

    protected TestUpstream upstream(String name) {
        return closeLater(TestUpstream.start(name));
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable resource : started) {
            resource.close();
        }
        started.clear();
    }

    @Test
    @Exercise(hint = "Weights 3:1 go a a b a a a b a - nginx's smooth weighted round-robin, on both gateways",
            more = HINT_MORE, readme = "#target-5-the-same-gateway-on-real-nginx")
    void weightedOrderIsNginxsSmoothOrder() {
        TestUpstream a = upstream("a");
        TestUpstream b = upstream("b");
        GatewayUnderTest gateway = gateway(Topologies.onePool(Balance.ROUND_ROBIN, a.spec().weight(3), b.spec()));

        List<String> order = IntStream.range(0, 8).mapToObj(i -> gateway.http().get("/products").header("X-Shop-Node")).toList();

        assertThat(order).as("%s: which node answered, in order", gateway.kind())
                .containsExactly("a", "a", "b", "a", "a", "a", "b", "a");
    }

    @Test
    @Exercise(hint = "least_conn: a node that is slow holds its requests longer, so it gets fewer new ones",
            more = HINT_MORE, readme = "#target-5-the-same-gateway-on-real-nginx")
    void leastConnSendsFewerRequestsToASlowNode() {
        TestUpstream slow = upstream("slow").slow(Duration.ofMillis(300));
        TestUpstream fast = upstream("fast");
        GatewayUnderTest gateway = gateway(Topologies.onePool(Balance.LEAST_CONN, slow.spec(), fast.spec()));

        LoadReport report = LoadProbe.named("least-conn-" + gateway.kind()).workers(6).maxRequests(600)
                .maxDuration(Duration.ofSeconds(3))
                .request(() -> gateway.http().tryGet("/products", Duration.ofSeconds(5)).isSuccess())
                .run();

        System.out.printf("least_conn via %s: slow node %d, fast node %d requests; %s%n", gateway.kind(),
                slow.requests(), fast.requests(), report.summary());
        assertThat(report.failures()).as("failed requests").isZero();
        // Round-robin would give the slow node half. least_conn gives it a few percent; a quarter is the headroom.
        assertThat(slow.requests()).as("requests to the slow node (fast node: %d)", fast.requests())
                .isLessThan((slow.requests() + fast.requests()) / 4);
    }

    @Test
    @Exercise(hint = "The backup takes requests only when every primary is down or failed",
            more = HINT_MORE, readme = "#target-5-the-same-gateway-on-real-nginx")
    void theBackupServesOnlyWhenEveryPrimaryIsDown() {
        TestUpstream a = upstream("a");
        TestUpstream b = upstream("b");
        TestUpstream backup = upstream("backup");
        GatewayUnderTest gateway = gateway(Topologies.onePool(Balance.ROUND_ROBIN, a.spec(), b.spec(), backup.spec().asBackup()));

        assertThat(answersFrom(gateway, 4)).as("%s: both primaries up", gateway.kind()).containsOnly("a", "b");
        a.stop();
        assertThat(answersFrom(gateway, 4)).as("%s: a down", gateway.kind()).containsOnly("b");
        b.stop();
        assertThat(answersFrom(gateway, 4)).as("%s: a and b down", gateway.kind()).containsOnly("backup");
    }

    @Test
    @Exercise(hint = "No answer within the read timeout: the gateway's 504, as JSON, soon after the timeout",
            more = HINT_MORE, readme = "#target-5-the-same-gateway-on-real-nginx")
    void aHungUpstreamIsA504() {
        TestUpstream hung = upstream("hung").slow(HANGS);
        GatewayUnderTest gateway = gateway(Topologies.onePool(Balance.ROUND_ROBIN, hung.spec()));

        HttpResult answer = gateway.http().get("/products", Duration.ofSeconds(10));

        assertJsonError(answer, 504);
        assertThat(answer.elapsed()).as("%s: read timeout %s plus headroom", gateway.kind(), Topologies.SCENARIO.read())
                .isLessThan(Topologies.SCENARIO.read().plusSeconds(2));
    }

    @Test
    @Exercise(hint = "An upstream's 500 may carry a stack trace: both gateways answer their own 502 JSON instead",
            more = HINT_MORE, readme = "#target-5-the-same-gateway-on-real-nginx")
    void anUpstreams500IsTheGateways502Json() {
        TestUpstream broken = upstream("broken").answering(500);
        GatewayUnderTest gateway = gateway(Topologies.onePool(Balance.ROUND_ROBIN, broken.spec()));

        HttpResult answer = gateway.http().get("/products");

        assertJsonError(answer, 502);
        assertThat(answer.body()).as("%s: what the customer sees", gateway.kind())
                .doesNotContain("Exception").doesNotContain("kata.Secret");
    }

    @Test
    @Exercise(hint = "A POST that reached an upstream is never sent to a second one, whatever happens next",
            more = HINT_MORE, readme = "#target-5-the-same-gateway-on-real-nginx")
    void aPostIsNeverReplayed() {
        TestUpstream a = upstream("a").slow(HANGS);
        TestUpstream b = upstream("b").slow(HANGS);
        GatewayUnderTest gateway = gateway(Topologies.onePool(Balance.ROUND_ROBIN, a.spec(), b.spec()));

        HttpResult answer = gateway.http().send("POST", "/checkout", "{}", Duration.ofSeconds(10), "Content-Type", "application/json");

        assertJsonError(answer, 504);
        assertThat(a.posts() + b.posts()).as("%s: POSTs the upstreams received", gateway.kind()).isEqualTo(1);
    }

    @Test
    @Exercise(hint = "The upstream learns the client from the socket, keeps the client's Host, and never sees an oversized body",
            more = HINT_MORE, readme = "#target-5-the-same-gateway-on-real-nginx")
    void clientAddressHostAndBodyLimit() {
        TestUpstream a = upstream("a");
        GatewayUnderTest gateway = gateway(Topologies.onePool(Balance.ROUND_ROBIN, a.spec()));

        int status = RawHttp.send(gateway.baseUri(), "GET", "/products", "Host: shop.example", "X-Forwarded-For: 10.0.0.1",
                "X-Real-IP: 10.0.0.1", "Connection: close");
        Map<String, String> seen = a.lastHeaders();
        assertThat(status).isEqualTo(200);
        assertThat(seen).as("%s: what the upstream saw", gateway.kind())
                .containsEntry("host", "shop.example").containsEntry("x-real-ip", "127.0.0.1")
                .containsEntry("x-forwarded-for", "127.0.0.1");

        assertJsonError(gateway.http().post("/checkout", "x".repeat(100 * 1024)), 413);
        assertThat(a.requests()).as("%s: requests that reached the upstream", gateway.kind()).isEqualTo(1);
    }

    @Test
    @Exercise(hint = "RollingDeploy: one node at a time - drain it, restart it, undrain it - and no customer sees an error",
            more = HINT_MORE + " The Java gateway drains through its admin surface; nginx marks the server down and reloads.",
            readme = "#target-4-zero-downtime-deploys")
    void aRollingRestartUnderLoadFailsNoRequest() {
        TestUpstream recommender = upstream("recommender"); // not JSON: the shop shows "unavailable", at once
        String recommendations = "http://" + recommender.address();
        ShopNode shopA = closeLater(ShopNode.start("shop-a", recommendations)).warm();
        ShopNode shopB = closeLater(ShopNode.start("shop-b", recommendations)).warm();
        Map<String, ShopNode> nodes = Map.of("shop-a", shopA, "shop-b", shopB);
        Map<String, Long> pidsBefore = Map.of("shop-a", shopA.pid(), "shop-b", shopB.pid());
        GatewayUnderTest gateway = gateway(Topologies.deploy(shopA.spec(), shopB.spec()));
        IntStream.range(0, 20).forEach(i -> gateway.http().get("/products")); // warm the gateway too

        AtomicInteger sent = new AtomicInteger();
        Queue<String> failed = new ConcurrentLinkedQueue<>();
        RunningLoad load = LoadProbe.named("rolling-restart-" + gateway.kind()).ratePerSecond(40).workers(200)
                .maxRequests(4_000).maxDuration(Duration.ofSeconds(90))
                .request(() -> sent.incrementAndGet() % 4 == 0 ? checkout(gateway, failed) : browse(gateway, failed))
                .start();
        RollingDeploy.run(List.of("shop-a", "shop-b"), new RollingDeploy.Operator() {
            @Override
            public void drain(String node) {
                gateway.drain(node);
            }

            @Override
            public void restart(String node) {
                nodes.get(node).restart();
            }

            @Override
            public void undrain(String node) {
                gateway.undrain(node);
            }
        });
        LoadReport report = load.stop();

        System.out.printf("rolling restart via %s: %s%s%n", gateway.kind(), report.summary(),
                failed.isEmpty() ? "" : "; failed: " + failed.stream().limit(5).toList());
        assertThat(shopA.pid()).as("shop-a was restarted").isNotEqualTo(pidsBefore.get("shop-a"));
        assertThat(shopB.pid()).as("shop-b was restarted").isNotEqualTo(pidsBefore.get("shop-b"));
        assertThat(report.total()).as("requests during the deploy").isGreaterThan(40);
        assertThat(report.failures()).as("%s: failed requests during the rolling restart (%s)", gateway.kind(),
                report.summary()).isZero();
    }

    private static boolean browse(GatewayUnderTest gateway, Queue<String> failed) {
        return expect(200, "GET /products", gateway.http().tryGet("/products", Duration.ofSeconds(10)), failed);
    }

    private static boolean checkout(GatewayUnderTest gateway, Queue<String> failed) {
        return expect(201, "POST /checkout", gateway.http().trySend("POST", "/checkout",
                "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"VPS-SSD-2GB\",\"quantity\":1}]}",
                Duration.ofSeconds(10), "Content-Type", "application/json"), failed);
    }

    /** Keeps a failure's status and body, so a red run says what the customers saw. */
    private static boolean expect(int status, String request, HttpResult answer, Queue<String> failed) {
        if (answer.status() != status) {
            failed.add(request + " -> " + answer.status() + " " + answer.body().lines().findFirst().orElse(""));
        }
        return answer.status() == status;
    }

    private static List<String> answersFrom(GatewayUnderTest gateway, int requests) {
        return IntStream.range(0, requests).mapToObj(i -> {
            HttpResult answer = gateway.http().get("/products");
            assertThat(answer.status()).as("%s: GET %d: %s", gateway.kind(), i, answer.body()).isEqualTo(200);
            return answer.header("X-Shop-Node");
        }).toList();
    }
}
