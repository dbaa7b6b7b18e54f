package kata.cli.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kata.testkit.http.TestHttp;
import kata.testkit.load.LoadProbe;
import kata.testkit.load.LoadReport;
import kata.testkit.load.RunningLoad;
import kata.testkit.process.ChildJvm;
import kata.testkit.process.ExitCause;

/**
 * The real stage: services in child JVMs of their own (testkit's {@link ChildJvm}: own heap,
 * {@code -XX:+ExitOnOutOfMemoryError}, {@code -Dkata.child=NAME}, ended at JVM exit whatever
 * happens) and two bounded load probes on 127.0.0.1 — customers checking out, and the crawler.
 *
 * <p>Both nights send the same traffic to the shop; only what runs behind it differs:
 * <ul>
 *   <li>{@link #monolith}: one JVM (48 MB) with the leaking engine inside;
 *   <li>{@link #services}: the recommendation service (48 MB, it leaks) and the shop (96 MB),
 *       which proxies {@code /recommendations} to it.
 * </ul>
 */
public final class LiveStage implements DemoStage {

    /** What every recommendation call keeps for ever, as in the step 01 README. */
    static final int LEAK_BYTES_PER_CALL = 256 * 1024;
    static final int LEAKING_HEAP_MB = 48;
    static final int CHECKOUTS_PER_SECOND = 40;
    static final int CRAWLER_CALLS_PER_SECOND = 20;
    static final int WARM_UP_REQUESTS = 30;
    /** Hard caps of the load probes, far above what the night needs: nothing can run away. */
    static final Duration TRAFFIC_CAP = Duration.ofSeconds(55);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final String ORDER = "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";

    /** How to start one service; an env value "{name}" becomes the base URL of that service. */
    record Service(String name, String mainClass, String heap, Map<String, String> env) {
    }

    private final List<Service> plan;
    private final String entryName;
    private final String leakingName;
    private final String classpath;
    private final Path logDir;
    private final List<ChildJvm> running = new ArrayList<>();
    private ChildJvm entry;
    private ChildJvm leaking;
    private RunningLoad checkout;
    private RunningLoad crawler;
    private Instant nightStart;

    private LiveStage(List<Service> plan, String entryName, String leakingName, String classpath, Path logDir) {
        this.plan = plan;
        this.entryName = entryName;
        this.leakingName = leakingName;
        this.classpath = classpath;
        this.logDir = logDir;
    }

    public static LiveStage monolith(String classpath, Path logDir) {
        return new LiveStage(List.of(new Service("shop", "kata.webshop.WebShopApp", LEAKING_HEAP_MB + "m", Map.of(
                        "LEAK_BYTES_PER_CALL", String.valueOf(LEAK_BYTES_PER_CALL), "ADMIN_PASSWORD", adminPassword()))),
                "shop", "shop", classpath, logDir);
    }

    public static LiveStage services(String classpath, Path logDir) {
        return new LiveStage(List.of(
                new Service("recommender", "kata.recommender.RecommenderApp", LEAKING_HEAP_MB + "m", Map.of(
                        "LEAK_BYTES_PER_CALL", String.valueOf(LEAK_BYTES_PER_CALL))),
                new Service("shop", "kata.webshop.WebShopApp", "96m", Map.of(
                        "ADMIN_PASSWORD", adminPassword(), "RECOMMENDATIONS_URL", "{recommender}"))),
                "shop", "recommender", classpath, logDir);
    }

    @Override
    public List<String> start() {
        List<String> lines = new ArrayList<>();
        for (Service service : plan) {
            ChildJvm.Builder builder = ChildJvm.builder("demo-" + service.name(), service.mainClass())
                    .classpath(classpath)
                    .heap(service.heap())
                    .exitOnOutOfMemory()
                    .env("PORT", "0")
                    .env("BIND", "127.0.0.1")
                    .startTimeout(START_TIMEOUT)
                    .logDir(logDir);
            service.env().forEach((name, value) -> builder.env(name, resolve(value)));
            ChildJvm child = builder.start();
            running.add(child);
            lines.add(String.format("%-12s pid %d, -Xmx%s, http://127.0.0.1:%d", service.name(), child.pid(),
                    service.heap(), child.port()));
            if (service.name().equals(entryName)) {
                entry = child;
            }
            if (service.name().equals(leakingName)) {
                leaking = child;
            }
        }
        warmUp();
        lines.add(String.format("%-12s %s", "logs", shown(logDir)));
        return lines;
    }

    /**
     * A few requests of each kind before the night starts, so the charts measure the system and
     * not the JIT compiler or first connections (a fresh JVM answers its first requests slowly).
     * The handful of recommendation calls leak a little over 1 MB - in both nights alike.
     */
    private void warmUp() {
        TestHttp shop = TestHttp.to(entry.port());
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            try {
                shop.send("POST", "/checkout", ORDER, REQUEST_TIMEOUT, "Content-Type", "application/json");
                if (i % 6 == 0) {
                    shop.tryGet("/recommendations/u-warm-up", REQUEST_TIMEOUT);
                }
            } catch (RuntimeException slowStart) {
                // only warming up: the night itself measures
            }
        }
    }

    @Override
    public void startCheckoutTraffic() {
        TestHttp shop = TestHttp.to(entry.port());
        nightStart = Instant.now();
        checkout = LoadProbe.named("checkout").ratePerSecond(CHECKOUTS_PER_SECOND).workers(16)
                .maxRequests(CHECKOUTS_PER_SECOND * (int) TRAFFIC_CAP.toSeconds()).maxDuration(TRAFFIC_CAP)
                .request(() -> shop.send("POST", "/checkout", ORDER, REQUEST_TIMEOUT,
                        "Content-Type", "application/json").status() == 201)
                .start();
    }

    @Override
    public void startCrawler() {
        TestHttp shop = TestHttp.to(entry.port());
        AtomicInteger user = new AtomicInteger();
        crawler = LoadProbe.named("crawler").ratePerSecond(CRAWLER_CALLS_PER_SECOND).workers(16)
                .maxRequests(CRAWLER_CALLS_PER_SECOND * (int) TRAFFIC_CAP.toSeconds()).maxDuration(TRAFFIC_CAP)
                .request(() -> shop.tryGet("/recommendations/u-" + user.getAndIncrement() % 50, REQUEST_TIMEOUT)
                        .status() == 200)
                .start();
    }

    @Override
    public Reading measure(int second) {
        return reading(checkout == null ? null : checkout.snapshot(), crawler == null ? null : crawler.snapshot(), second);
    }

    @Override
    public double leakedMegabytes() {
        if (!leaking.isAlive()) {
            return -1;
        }
        long served = crawler == null ? 0 : crawler.snapshot().successes();
        return served * (double) LEAK_BYTES_PER_CALL / (1024 * 1024);
    }

    @Override
    public int leakingHeapMegabytes() {
        return LEAKING_HEAP_MB;
    }

    @Override
    public Optional<String> leakDeath() {
        return leaking.isAlive() ? Optional.empty()
                : leaking.exitCause().map(cause -> leakingName + " " + cause.toString().replaceFirst(":.*", ""));
    }

    @Override
    public String processStates() {
        return running.stream()
                .map(child -> child.name().replaceFirst("^demo-", "") + (child.isAlive() ? " up"
                        : " DEAD" + child.exitCause().map(c -> " (" + shortly(c.kind()) + ")").orElse("")))
                .collect(Collectors.joining(", "));
    }

    /** A folder under the working directory as a relative path: short enough for a 100-column line. */
    private static String shown(Path dir) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = dir.toAbsolutePath();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute) + "/";
    }

    /** "OOM", "killed by signal": short, the state column has 31 characters for every process. */
    private static String shortly(ExitCause.Kind kind) {
        return kind == ExitCause.Kind.OUT_OF_MEMORY ? "OOM" : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    @Override
    public List<Reading> stopTraffic(int seconds) {
        LoadReport checkouts = checkout == null ? null : checkout.stop();
        LoadReport crawl = crawler == null ? null : crawler.stop();
        List<Reading> readings = new ArrayList<>();
        for (int second = 0; second < seconds; second++) {
            readings.add(reading(checkouts, crawl, second));
        }
        return readings;
    }

    @Override
    public void close() {
        for (RunningLoad load : new RunningLoad[] {crawler, checkout}) {
            if (load != null && !load.isDone()) {
                load.stop();
            }
        }
        // the leaking one first: it may be half dead already
        for (int i = running.size() - 1; i >= 0; i--) {
            ChildJvm child = running.get(i);
            if (child.isAlive()) {
                child.stop();
            }
        }
    }

    /** One second of the night, cut out of the load reports by the requests' start times. */
    private Reading reading(LoadReport checkouts, LoadReport crawl, int second) {
        Instant from = nightStart.plusSeconds(second);
        Instant to = from.plusSeconds(1);
        LoadReport c = checkouts == null ? null : checkouts.window(from, to);
        LoadReport r = crawl == null ? null : crawl.window(from, to);
        return new Reading(c == null ? 0 : c.total(), c == null ? 0 : c.successes(),
                c == null || c.total() == 0 ? 0 : c.p99().toNanos() / 1e6,
                r == null ? 0 : r.total(), r == null ? 0 : r.successes());
    }

    private String resolve(String value) {
        if (value.startsWith("{") && value.endsWith("}")) {
            String name = "demo-" + value.substring(1, value.length() - 1);
            return running.stream().filter(c -> c.name().equals(name)).findFirst()
                    .map(c -> "http://127.0.0.1:" + c.port())
                    .orElseThrow(() -> new IllegalStateException(name + " must start before it is referred to"));
        }
        return value;
    }

    /** The shop refuses to start without one; nobody logs in during the demo. */
    private static String adminPassword() {
        return "demo-" + UUID.randomUUID();
    }
}
