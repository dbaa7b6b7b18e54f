package kata.runtime.load;

import java.time.Duration;

/**
 * A small, bounded load generator for tests against services on 127.0.0.1: it turns "the
 * checkout stays up while recommendations crash" into a number.
 *
 * <pre>{@code
 * TestHttp shop = TestHttp.to(shopJvm.baseUri());
 * LoadReport report = LoadProbe.named("checkout")
 *         .workers(4)                          // or .ratePerSecond(200)
 *         .maxRequests(5_000)                  // hard cap, required
 *         .maxDuration(Duration.ofSeconds(5))  // hard cap, required
 *         .request(() -> shop.tryGet("/checkout", Duration.ofSeconds(1)).isSuccess())
 *         .run();
 * System.out.println(report.summary());
 * }</pre>
 *
 * <p>Both caps are required on purpose: a load loop without them is how a test suite ends up
 * hammering a service for ever. Whatever happens, the probe ends at the first cap reached (plus
 * a grace of half a second for requests in flight), and its threads with it.
 */
public final class LoadProbe {

    static final int MAX_REQUESTS_LIMIT = 1_000_000;
    static final Duration MAX_DURATION_LIMIT = Duration.ofMinutes(10);
    static final int MAX_THREADS = 256;
    /** Open model: request threads when not set with workers(n); enough for a second at 200 req/s. */
    private static final int DEFAULT_POOL_MIN = 4;
    private static final int DEFAULT_POOL_MAX = 200;

    private final String name;
    private int workers;
    private int ratePerSecond;
    private int maxRequests;
    private Duration maxDuration;
    private RequestAction action;

    private LoadProbe(String name) {
        this.name = name;
    }

    /** The name shows in the report and in thread names ({@code load-NAME-0}). */
    public static LoadProbe named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a load probe needs a name, it labels the report");
        }
        return new LoadProbe(name);
    }

    /**
     * Closed model: {@code n} threads, each sending its next request when the previous answered.
     * Combined with {@link #ratePerSecond(int)}: the size of the open model's request pool.
     */
    public LoadProbe workers(int n) {
        this.workers = requireBetween(n, 1, MAX_THREADS, "workers");
        return this;
    }

    /** Open model: {@code r} requests per second, whether or not the service keeps up. */
    public LoadProbe ratePerSecond(int r) {
        this.ratePerSecond = requireBetween(r, 1, 1_000_000, "ratePerSecond");
        return this;
    }

    /** Hard cap on the number of requests; required, at most 1,000,000. */
    public LoadProbe maxRequests(int maxRequests) {
        this.maxRequests = requireBetween(maxRequests, 1, MAX_REQUESTS_LIMIT, "maxRequests");
        return this;
    }

    /** Hard cap on the run time; required, at most 10 minutes. */
    public LoadProbe maxDuration(Duration maxDuration) {
        if (maxDuration.isNegative() || maxDuration.isZero() || maxDuration.compareTo(MAX_DURATION_LIMIT) > 0) {
            throw new IllegalArgumentException("maxDuration must be > 0 and <= " + MAX_DURATION_LIMIT + ", got " + maxDuration);
        }
        this.maxDuration = maxDuration;
        return this;
    }

    public LoadProbe request(RequestAction action) {
        this.action = action;
        return this;
    }

    /** Runs the probe to the first cap and returns the report. */
    public LoadReport run() {
        return start().awaitReport(maxDuration.plus(RunningLoad.GRACE.multipliedBy(4)));
    }

    /** Starts the probe in the background; see {@link RunningLoad}. */
    public RunningLoad start() {
        requireComplete();
        LoadThreads threads = new LoadThreads(name);
        RequestBudget budget = new RequestBudget(maxRequests, maxDuration);
        SampleRecorder recorder = new SampleRecorder(name, maxRequests);
        LoadShape shape = ratePerSecond > 0
                ? new OpenLoop(ratePerSecond, openPoolSize(), threads, budget, recorder, action)
                : new ClosedLoop(workers, threads, budget, recorder, action);
        return RunningLoad.start(shape, threads, budget, recorder);
    }

    private int openPoolSize() {
        return workers > 0 ? workers : Math.max(DEFAULT_POOL_MIN, Math.min(ratePerSecond, DEFAULT_POOL_MAX));
    }

    private void requireComplete() {
        if (maxRequests == 0 || maxDuration == null) {
            throw new IllegalStateException(name + ": set both caps, maxRequests(..) and maxDuration(..)");
        }
        if (action == null) {
            throw new IllegalStateException(name + ": set the request(..) to send");
        }
        if (workers == 0 && ratePerSecond == 0) {
            throw new IllegalStateException(name + ": choose a shape, workers(n) or ratePerSecond(r)");
        }
    }

    private static int requireBetween(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
