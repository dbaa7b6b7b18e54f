package kata.cli.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kata.runtime.http.TestHttp;
import kata.runtime.process.ChildJvm;
import kata.runtime.process.ExitCause;

/**
 * Who is on stage: the services, each in a child JVM of its own (kata-runtime's {@link ChildJvm}:
 * own heap, {@code -XX:+ExitOnOutOfMemoryError}, ended at JVM exit whatever happens). The
 * traffic is the tests' {@link kata.runtime.night.Night}; only what runs behind the shop differs:
 * <ul>
 *   <li>{@link #monolith}: one JVM (48 MB) with the leaking engine inside;
 *   <li>{@link #services}: the recommendation service (48 MB, it leaks) and the shop (96 MB),
 *       which proxies {@code /recommendations} to it.
 * </ul>
 */
public final class DemoCast implements AutoCloseable {

    /** What every recommendation call keeps for ever, as in the tests' nights. */
    static final int LEAK_BYTES_PER_CALL = 256 * 1024;
    static final int LEAKING_HEAP_MB = 48;
    private static final int WARM_UP_REQUESTS = 30;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final String ORDER = "{\"customerId\":\"c-1\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";

    /** How to start one service; an env value "{name}" becomes the base URL of that service. */
    record Service(String name, String mainClass, String heap, Map<String, String> env) {
    }

    private final List<Service> plan;
    private final String leakingName;
    private final String classpath;
    private final Path logDir;
    private final List<ChildJvm> running = new ArrayList<>();

    DemoCast(List<Service> plan, String leakingName, String classpath, Path logDir) {
        this.plan = plan;
        this.leakingName = leakingName;
        this.classpath = classpath;
        this.logDir = logDir;
    }

    public static DemoCast monolith(String classpath, Path logDir) {
        return new DemoCast(List.of(new Service("shop", "kata.webshop.WebShopApp", LEAKING_HEAP_MB + "m", Map.of(
                "LEAK_BYTES_PER_CALL", String.valueOf(LEAK_BYTES_PER_CALL), "ADMIN_PASSWORD", adminPassword()))),
                "shop", classpath, logDir);
    }

    public static DemoCast services(String classpath, Path logDir) {
        return new DemoCast(List.of(
                new Service("recommender", "kata.recommender.RecommenderApp", LEAKING_HEAP_MB + "m", Map.of(
                        "LEAK_BYTES_PER_CALL", String.valueOf(LEAK_BYTES_PER_CALL))),
                new Service("shop", "kata.webshop.WebShopApp", "96m", Map.of(
                        "ADMIN_PASSWORD", adminPassword(), "RECOMMENDATIONS_URL", "{recommender}"))),
                "recommender", classpath, logDir);
    }

    /** Starts every service in order, then warms the shop up; one line per process for the audience. */
    public List<String> start() {
        List<String> lines = new ArrayList<>();
        for (Service service : plan) {
            ChildJvm.Builder builder = ChildJvm.builder("demo-" + service.name(), service.mainClass())
                    .classpath(classpath).heap(service.heap()).exitOnOutOfMemory()
                    .env("PORT", "0").env("BIND", "127.0.0.1").startTimeout(START_TIMEOUT).logDir(logDir);
            service.env().forEach((name, value) -> builder.env(name, resolve(value)));
            ChildJvm child = builder.start();
            running.add(child);
            lines.add(String.format("%-12s pid %d, -Xmx%s, http://127.0.0.1:%d", service.name(), child.pid(),
                    service.heap(), child.port()));
        }
        warmUp();
        lines.add(String.format("%-12s %s", "logs", shown(logDir)));
        return lines;
    }

    /** Customers come in through the shop: the last process started. */
    public TestHttp shop() {
        return TestHttp.to(running.get(running.size() - 1).port());
    }

    public ChildJvm leaking() {
        return child(leakingName);
    }

    public String leakingName() {
        return leakingName;
    }

    /**
     * A few requests of each kind before the night starts, so the charts measure the system and
     * not the JIT compiler or first connections (a fresh JVM answers its first requests slowly).
     * The handful of recommendation calls leak a little over 1 MB - in both nights alike.
     */
    private void warmUp() {
        TestHttp shop = shop();
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

    /** Every process and whether it is up, e.g. "shop up, recommender DEAD (OOM)". */
    public String states() {
        return running.stream()
                .map(child -> child.name().replaceFirst("^demo-", "") + (child.isAlive() ? " up"
                        : " DEAD" + child.exitCause().map(c -> " (" + shortly(c.kind()) + ")").orElse("")))
                .collect(Collectors.joining(", "));
    }

    /** "OOM", "killed by signal": short, the state column has 31 characters for every process. */
    private static String shortly(ExitCause.Kind kind) {
        return kind == ExitCause.Kind.OUT_OF_MEMORY ? "OOM" : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A folder under the working directory as a relative path: short enough for a 100-column line. */
    private static String shown(Path dir) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = dir.toAbsolutePath();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute) + "/";
    }

    /** Stops every process, the shop first: nothing then calls a service on its way out. */
    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop();
        }
    }

    private ChildJvm child(String name) {
        return running.stream().filter(c -> c.name().equals("demo-" + name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " must start before it is referred to"));
    }

    private String resolve(String value) {
        return value.startsWith("{") && value.endsWith("}")
                ? "http://127.0.0.1:" + child(value.substring(1, value.length() - 1)).port() : value;
    }

    /** The shop refuses to start without one; nobody logs in during the demo. */
    private static String adminPassword() {
        return "demo-" + UUID.randomUUID();
    }
}
