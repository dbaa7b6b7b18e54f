package kata.exam;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kata.gateway.Gateway;
import kata.gateway.admin.AdminToken;
import kata.gateway.topology.Balance;
import kata.gateway.topology.PoolSpec;
import kata.gateway.topology.Route;
import kata.gateway.topology.ServerSpec;
import kata.gateway.topology.Timeouts;
import kata.gateway.topology.Topology;
import kata.messaging.QueueNames;
import kata.provisioning.ProvisioningApp;
import kata.runtime.http.FreePort;
import kata.runtime.http.TestHttp;
import kata.runtime.night.FinalNight;
import kata.runtime.process.ChildJvm;
import kata.supervisor.SupervisorApp;
import kata.testkit.broker.BrokerQueues;
import kata.testkit.broker.TestBroker;
import kata.webshop.WebShopApp;
import kata.worker.WorkerApp;

/**
 * The whole system of step 05, as the article's night finds it, each part a process of its own
 * on loopback:
 * <pre>
 *   customers -> gateway (step 03, least_conn) -> shop-a, shop-b -> order queue -> 2 workers -> provisioning
 *                                              \-> recommendation service, under its supervisor
 * </pre>
 * The recommendation service leaks (256 KB a call, 48 MB of heap): it dies every few seconds
 * and its supervisor starts it again. The shop nodes and the recommendation service keep their
 * ports across restarts, as they would behind a real gateway. The gateway runs in the test
 * JVM; the broker is the test broker (RabbitMQ, or the embedded one).
 */
final class FinalTopology implements AutoCloseable {

    static final int LEAK_BYTES_PER_CALL = 256 * 1024;
    static final Duration NIGHT = Duration.ofSeconds(30);
    static final Duration KILL_AT = Duration.ofSeconds(10);
    static final String KILL = "shop-b killed";
    /** How long the two workers may take after the night to provision what is still queued. */
    static final Duration DRAIN_PATIENCE = Duration.ofSeconds(20);
    /**
     * Connect within 1 s, answer within 2 s. Step 03's tests connect within 250 ms, on a quiet
     * machine; tonight a dozen JVMs share two cores, and the gateway's own threads may take longer
     * than that just to see a connection accepted - a node that is merely busy is not down.
     */
    private static final Timeouts NIGHT_TIMEOUTS = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));
    private static final Pattern RUN_STARTED = Pattern.compile("(?m)^supervisor: .* run \\d+ started");

    private final List<AutoCloseable> started = new CopyOnWriteArrayList<>();
    private BrokerQueues queues;
    private ChildJvm provisioning;
    private ChildJvm recommender;
    private ChildJvm shopB;
    private Gateway gateway;

    private FinalTopology() {
    }

    /** Starts every process, the independent ones side by side; returns when the gateway can take customers. */
    static FinalTopology start() {
        FinalTopology system = new FinalTopology();
        try {
            system.startAll();
            return system;
        } catch (RuntimeException e) { // e.g. a CompletionException: one of them did not start
            system.close();
            throw e;
        }
    }

    private void startAll() {
        TestBroker broker = TestBroker.shared();
        queues = track(broker.queues());
        QueueNames standard = QueueNames.standard();
        Map<String, String> queueNames = Map.of("ORDER_QUEUE", queues.name(standard.orders()),
                "STATUS_QUEUE", queues.name(standard.statuses()), "PARKING_QUEUE", queues.name(standard.parkingLot()));
        int recommenderPort = FreePort.onLoopback();
        int portA = FreePort.onLoopback();
        int portB = FreePort.onLoopback();
        Map<String, String> shopEnv = new HashMap<>(queueNames);
        shopEnv.put("AMQP_URI", broker.uri().toString());
        shopEnv.put("RECOMMENDATIONS_URL", "http://127.0.0.1:" + recommenderPort);

        // Side by side: a JVM takes a second or two to start. Each is tracked as soon as it runs,
        // so a start that fails leaves nothing behind (close() ends the others).
        CompletableFuture<ChildJvm> recommenderStarted = starting(() -> supervisedRecommender(recommenderPort));
        CompletableFuture<ChildJvm> shopAStarted = starting(() -> shop("shop-a", portA, shopEnv));
        CompletableFuture<ChildJvm> shopBStarted = starting(() -> shop("shop-b", portB, shopEnv));
        CompletableFuture<ChildJvm> workersStarted = starting(() ->
                ChildJvm.builder("provisioning", ProvisioningApp.class).heap("64m").env("PORT", "0").start())
                .thenCompose(cloud -> {
                    provisioning = cloud;
                    return CompletableFuture.allOf(starting(() -> worker("worker-1", broker, queueNames)),
                            starting(() -> worker("worker-2", broker, queueNames))).thenApply(done -> cloud);
                });
        CompletableFuture.allOf(recommenderStarted, shopAStarted, shopBStarted, workersStarted).join();
        recommender = recommenderStarted.join();
        shopB = shopBStarted.join();
        gateway = track(Gateway.start(topology(portA, portB, recommenderPort), "127.0.0.1", 0, 0, new AdminToken(null)));
    }

    private CompletableFuture<ChildJvm> starting(Supplier<ChildJvm> start) {
        return CompletableFuture.supplyAsync(start).thenApply(this::track);
    }

    /**
     * The recommendation service under its supervisor: back within about a second; a crash
     * every few seconds is this night, not a crash loop.
     */
    private static ChildJvm supervisedRecommender(int port) {
        return ChildJvm.builder("recommender", SupervisorApp.class).heap("32m")
                .env("PORT", String.valueOf(port))
                .env("LEAK_BYTES_PER_CALL", String.valueOf(LEAK_BYTES_PER_CALL))
                .env("SUPERVISED_HEAP", "48m")
                .env("RESTART_FIRST_MS", "200").env("RESTART_LONGEST_MS", "1000")
                .env("CRASH_LOOP_CRASHES", "20").env("CRASH_LOOP_SECONDS", "60")
                .start();
    }

    /** Two workers share the order queue (each holds only a few orders at a time: step 04's prefetch). */
    private ChildJvm worker(String name, TestBroker broker, Map<String, String> queueNames) {
        ChildJvm.Builder worker = ChildJvm.builder(name, WorkerApp.class).heap("64m").env("PORT", "0")
                .env("AMQP_URI", broker.uri().toString())
                .env("PROVISIONING_URL", provisioning.baseUri().toString()).env("RETRY_DELAY_MS", "100");
        queueNames.forEach(worker::env);
        return worker.start();
    }

    private static ChildJvm shop(String name, int port, Map<String, String> env) {
        ChildJvm.Builder shop = ChildJvm.builder(name, WebShopApp.class).heap("96m").exitOnOutOfMemory()
                .env("PORT", String.valueOf(port)).env("NODE_NAME", name);
        env.forEach(shop::env);
        return shop.start();
    }

    /**
     * nginx's defaults: least_conn over the two shop nodes, a node that failed once left alone
     * for 10 s (fail_timeout) - longer than a killed node takes to start again, so the gateway
     * sends nothing to it while it is down. The recommendation pages go straight to the
     * recommendation service, which is never marked failed (one server: nginx would try it
     * anyway), so whether they are answered is the service's own figure.
     */
    private static Topology topology(int portA, int portB, int recommenderPort) {
        PoolSpec shop = PoolSpec.of("shop", Balance.LEAST_CONN,
                ServerSpec.of("shop-a", "127.0.0.1:" + portA), ServerSpec.of("shop-b", "127.0.0.1:" + portB));
        PoolSpec recommendations = PoolSpec.of("recommendations", Balance.ROUND_ROBIN,
                ServerSpec.of("recommender", "127.0.0.1:" + recommenderPort).failing(0, ServerSpec.DEFAULT_FAIL_TIMEOUT));
        return new Topology(List.of(shop, recommendations),
                List.of(Route.exact("/", "shop"), Route.prefix("/checkout", "shop"),
                        Route.prefix("/recommendations/", "recommendations")),
                NIGHT_TIMEOUTS, Topology.DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * The exam's night: 30 s through the gateway; at 10 s shop-b is killed, and its platform starts
     * it again at once. It ends early if the supervisor gives up: nothing would bring the
     * recommendation service back, and the figures could only get worse.
     */
    FinalNight night() {
        return FinalNight.through(gateway()).lasting(NIGHT)
                .at(KILL_AT, KILL, this::killShopB)
                .at(KILL_AT, "shop-b started again", this::startShopBAgain)
                .endEarlyIf(this::supervisorGaveUp, "the supervisor gave up on the recommendation service");
    }

    /** Where customers come in. */
    TestHttp gateway() {
        return TestHttp.to(gateway.port());
    }

    /** SIGKILL: no goodbye, the requests it holds are cut - the OOM killer, a pulled cable. */
    void killShopB() {
        shopB.kill();
    }

    /** What its platform (systemd, Compose) does at once: start it again, same port, and wait until it is up. */
    void startShopBAgain() {
        shopB.restart();
    }

    /** True once the supervisor gave up on the recommendation service: it stays down for the rest of the night. */
    boolean supervisorGaveUp() {
        return !recommender.isAlive();
    }

    /** How many times the supervisor started the recommendation service again after a crash. */
    int recommenderRestarts() {
        return (int) RUN_STARTED.matcher(recommender.log()).results().count() - 1;
    }

    /** The supervisor's last lines: what it saw die, and why it gave up. */
    String supervisorLogTail() {
        List<String> said = recommender.logTail(40).stream().filter(line -> line.startsWith("supervisor:")).toList();
        return String.join("\n", said.subList(Math.max(0, said.size() - 4), said.size()));
    }

    /** The provisioning service, to count what was provisioned ({@link Provisioned}). */
    Provisioned provisioned() {
        return new Provisioned(TestHttp.to(provisioning.baseUri()));
    }

    private <T extends AutoCloseable> T track(T closeable) {
        started.add(closeable);
        return closeable;
    }

    /** Everything, in the reverse order of its start: the gateway first, the broker's queues last. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("final topology: could not stop " + started.get(i) + ": " + e);
            }
        }
    }
}
