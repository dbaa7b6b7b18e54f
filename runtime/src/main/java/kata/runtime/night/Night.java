package kata.runtime.night;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import kata.runtime.http.TestHttp;
import kata.runtime.load.LoadProbe;
import kata.runtime.load.RunningLoad;
import kata.runtime.process.ChildJvm;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The 3 AM night, one script for the step tests and for {@code ./kata demo}: customers check out
 * and browse the storefront; after a calm phase a crawler walks the recommendation pages until
 * the leaking process dies; customers keep coming for a while after. Every step and the demo run
 * this same night, so their figures compare.
 *
 * <pre>{@code
 * NightReport night = Night.against(TestHttp.to(shop.port())).run(recommender);
 * }</pre>
 *
 * <p>A {@link NightListener} hears each phase and each second as it ends: the demo prints and
 * charts the night with one. Bounded: every load has a request cap and a time cap, each phase a
 * time limit, and everything targets loopback.
 */
public final class Night {

    /** The night's phases, in order: before the crawler, the leak, after the leaking process died. */
    public enum Phase { BEFORE, LEAK, AFTER }

    private static final String ORDER = "{\"customerId\":\"c-night\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final Set<Integer> ACCEPTED = Set.of(201, 202);
    private static final int STOREFRONT_PAGES_PER_SECOND = 10;
    /** How long a phase may wait for its checkouts beyond its minimum length: a shop that takes none fails the night. */
    private static final Duration PHASE_PATIENCE = Duration.ofSeconds(15);

    private final TestHttp shop;
    private int calmCheckouts = 150;
    private int checkoutsAfterCrash = 100;
    private Duration calmAtLeast = Duration.ZERO;
    private Duration afterAtLeast = Duration.ZERO;
    private Duration maxLeak = Duration.ofSeconds(20);
    private int crawlerPagesPerSecond;
    private NightListener listener = NightListener.SILENT;

    private Night(TestHttp shop) {
        this.shop = shop;
    }

    /** Customers use this shop, and the crawler walks its recommendation route. */
    public static Night against(TestHttp shop) {
        return new Night(shop);
    }

    /** How many checkouts the calm phase and the after-crash phase each last, at least. */
    public Night checkouts(int calm, int afterCrash) {
        this.calmCheckouts = calm;
        this.checkoutsAfterCrash = afterCrash;
        return this;
    }

    /**
     * How long the calm phase and the after-crash phase each last, at least. Tests need only the
     * checkouts; an audience needs a few seconds to see a phase.
     */
    public Night phasesOfAtLeast(Duration calm, Duration after) {
        this.calmAtLeast = calm;
        this.afterAtLeast = after;
        return this;
    }

    /** The longest the crawler walks; if the leaking process still lives then, the night goes on without its death. */
    public Night maxLeak(Duration maxLeak) {
        this.maxLeak = maxLeak;
        return this;
    }

    /**
     * Paces the crawler; unpaced (two workers as fast as the shop answers) by default. The tests
     * want the crash soon; an audience wants to watch the leak grow for a few seconds first.
     */
    public Night crawlerPagesPerSecond(int pages) {
        this.crawlerPagesPerSecond = pages;
        return this;
    }

    public Night listener(NightListener listener) {
        this.listener = listener;
        return this;
    }

    /** Runs the night; {@code leaking} is the process expected to die of the leak. */
    public NightReport run(ChildJvm leaking) {
        Duration cap = calmAtLeast.plus(maxLeak).plus(afterAtLeast).plus(PHASE_PATIENCE.multipliedBy(2));
        Instant start = Instant.now();
        // A checkout succeeds with 201 (created) or, from step 04 on, 202 (accepted: the order is queued).
        RunningLoad checkout = LoadProbe.named("checkout").workers(2).maxRequests(100_000).maxDuration(cap)
                .request(() -> ACCEPTED.contains(shop.send("POST", "/checkout", ORDER, REQUEST_TIMEOUT,
                        "Content-Type", "application/json").status()))
                .start();
        // Browsing is paced: in the monolith every page also feeds the leak, and the calm phase
        // must stay calm until the crawler comes. Enough threads for every page that may be in
        // flight at once (rate x request timeout), so a slow page is measured, never "dropped".
        RunningLoad storefront = LoadProbe.named("storefront").ratePerSecond(STOREFRONT_PAGES_PER_SECOND)
                .workers(STOREFRONT_PAGES_PER_SECOND * (int) REQUEST_TIMEOUT.toSeconds() + 1)
                .maxRequests(100_000).maxDuration(cap)
                .request(() -> shop.send("GET", "/?user=u-night", null, REQUEST_TIMEOUT).status() == 200)
                .start();
        Clock clock = new Clock(start, checkout, storefront, listener);
        RunningLoad crawler = null;
        try {
            listener.phase(Phase.BEFORE);
            phase(clock, "calm phase", calmAtLeast.plus(PHASE_PATIENCE), () -> checkout.snapshot().total() >= calmCheckouts
                    && clock.since(start).compareTo(calmAtLeast) >= 0);
            Instant leakStarted = Instant.now();
            crawler = crawl();
            clock.leak(leakStarted, crawler);
            listener.phase(Phase.LEAK);
            boolean died = waitFor(clock, maxLeak, () -> !leaking.isAlive());
            Instant leakEnded = Instant.now();
            clock.after(leakEnded);
            listener.phase(Phase.AFTER);
            phase(clock, "phase after the crash", afterAtLeast.plus(PHASE_PATIENCE), () ->
                    checkout.snapshot().window(leakEnded, Instant.MAX).total() >= checkoutsAfterCrash
                            && clock.since(leakEnded).compareTo(afterAtLeast) >= 0);
            return new NightReport(checkout.stop(), storefront.stop(), crawler.stop(), start, leakStarted, leakEnded,
                    died ? leaking.exitCause().orElseThrow() : null, leaking.name(), maxLeak);
        } finally {
            checkout.stop();
            storefront.stop();
            if (crawler != null) {
                crawler.stop();
            }
        }
    }

    private static void phase(Clock clock, String name, Duration atMost, BooleanSupplier over) {
        if (!waitFor(clock, atMost, over)) {
            throw new IllegalStateException("the night's " + name + " did not end within " + atMost.toSeconds()
                    + " s: the shop took too few checkouts");
        }
    }

    /** Polls {@code done}, telling the listener of every second that ends meanwhile. */
    private static boolean waitFor(Clock clock, Duration atMost, BooleanSupplier done) {
        try {
            await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .conditionEvaluationListener(condition -> clock.tellEndedSeconds())
                    .until(done::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException stillGoing) {
            return false;
        }
    }

    private RunningLoad crawl() {
        AtomicInteger page = new AtomicInteger();
        LoadProbe crawler = crawlerPagesPerSecond == 0 ? LoadProbe.named("crawler").workers(2)
                : LoadProbe.named("crawler").ratePerSecond(crawlerPagesPerSecond)
                        .workers(crawlerPagesPerSecond * (int) REQUEST_TIMEOUT.toSeconds() + 1);
        return crawler.maxRequests(20_000).maxDuration(maxLeak)
                .request(() -> shop.send("GET", "/recommendations/u-" + page.incrementAndGet() % 50, null,
                        REQUEST_TIMEOUT).status() == 200)
                .start();
    }

    /** The night's clock for the listener: each whole second, once, with what is known of it so far. */
    private static final class Clock {

        private final Instant start;
        private final RunningLoad checkout;
        private final RunningLoad storefront;
        private final NightListener listener;
        private volatile RunningLoad crawler;
        private volatile Instant leakStarted = Instant.MAX;
        private volatile Instant leakEnded = Instant.MAX;
        private int told;

        Clock(Instant start, RunningLoad checkout, RunningLoad storefront, NightListener listener) {
            this.start = start;
            this.checkout = checkout;
            this.storefront = storefront;
            this.listener = listener;
        }

        Duration since(Instant instant) {
            return Duration.between(instant, Instant.now());
        }

        void leak(Instant at, RunningLoad crawling) {
            crawler = crawling;
            leakStarted = at;
        }

        void after(Instant at) {
            leakEnded = at;
        }

        synchronized void tellEndedSeconds() {
            for (long ended = since(start).toSeconds(); told < ended; told++) {
                Instant from = start.plusSeconds(told);
                Instant to = from.plusSeconds(1);
                RunningLoad crawling = crawler;
                listener.second(NightSecond.of(told, NightReport.phaseOf(from, leakStarted, leakEnded),
                        checkout.snapshot().window(from, to), storefront.snapshot().window(from, to),
                        crawling == null ? null : crawling.snapshot().window(from, to)));
            }
        }
    }
}
