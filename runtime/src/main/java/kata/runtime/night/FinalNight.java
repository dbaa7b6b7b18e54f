package kata.runtime.night;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.runtime.load.LoadProbe;
import kata.runtime.load.RunningLoad;

/**
 * The final exam's night (step 05), one script for the test and for {@code ./kata demo}: for a
 * fixed time, customers check out and browse the storefront at a steady pace, and a crawler walks
 * the recommendation pages, every one of which leaks in the recommendation engine. Unlike the
 * {@link Night} of steps 01-02, it does not stop when the leaking process dies: at 3 AM the leak
 * kills it again and again, and whatever restarts it (or nothing) decides the figures. Timed
 * {@linkplain #at events} - "kill shop node b" - happen on the way.
 *
 * <pre>{@code
 * FinalNightReport night = FinalNight.through(TestHttp.to(gateway.port()))
 *         .at(Duration.ofSeconds(10), "shop-b killed", shopB::kill)
 *         .run();
 * }</pre>
 *
 * <p>Bounded: every load has a request cap and stops at the night's end; events run on the
 * night's thread, in order, each once.
 */
public final class FinalNight {

    /** Something that happens at a moment of the night, e.g. a node killed; {@code what} is for the report. */
    public record Event(Duration at, String what, Runnable action) {
    }

    private static final String ORDER = "{\"customerId\":\"c-night\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    /** 201 created (the shop provisioned at once) or 202 accepted (the order is queued): the customer has an order. */
    private static final Set<Integer> ACCEPTED = Set.of(201, 202);
    private static final int STOREFRONT_PAGES_PER_SECOND = 10;
    private static final int WARM_UP_REQUESTS = 30;
    private static final Duration EVENT_PATIENCE = Duration.ofSeconds(30);

    private final TestHttp entry;
    private Duration length = Duration.ofSeconds(30);
    private int checkoutsPerSecond = 40;
    private int crawlerPagesPerSecond = 20;
    private final List<Event> events = new ArrayList<>();
    private Consumer<FinalNightSecond> everySecond = second -> { };
    private BooleanSupplier hopeless = () -> false;
    private String hopelessWhy = "";

    private FinalNight(TestHttp entry) {
        this.entry = entry;
    }

    /** Every customer and the crawler come in through {@code entry}: the gateway, or the monolith itself. */
    public static FinalNight through(TestHttp entry) {
        return new FinalNight(entry);
    }

    public FinalNight lasting(Duration length) {
        this.length = length;
        return this;
    }

    /**
     * Customers checking out, so many a second whatever the shop does (an open loop): a dead shop
     * is not asked less, and the nights of the monolith and of the services count the same checkouts.
     */
    public FinalNight checkoutsPerSecond(int checkouts) {
        this.checkoutsPerSecond = checkouts;
        return this;
    }

    /** How fast the crawler walks the recommendation pages: the leak's pace. */
    public FinalNight crawlerPagesPerSecond(int pages) {
        this.crawlerPagesPerSecond = pages;
        return this;
    }

    /** Runs {@code action} (e.g. killing a node) {@code at} into the night. */
    public FinalNight at(Duration at, String what, Runnable action) {
        events.add(new Event(at, what, action));
        events.sort((a, b) -> a.at().compareTo(b.at()));
        return this;
    }

    /** Hears each second as it ends, on the night's thread (keep it quick: print a line): the demo's live view. */
    public FinalNight everySecond(Consumer<FinalNightSecond> listener) {
        this.everySecond = listener;
        return this;
    }

    /**
     * Ends the night at once when {@code condition} holds - e.g. the supervisor gave up - since
     * its figures can only get worse: a test fails in seconds, with {@code why}, not after the whole night.
     */
    public FinalNight endEarlyIf(BooleanSupplier condition, String why) {
        this.hopeless = condition;
        this.hopelessWhy = why;
        return this;
    }

    public FinalNightReport run() {
        warmUp();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        FailureTally failures = new FailureTally();
        AtomicLong shed = new AtomicLong();
        Instant start = Instant.now();
        RunningLoad checkout = paced("checkout", checkoutsPerSecond).request(() -> {
            Instant sent = Instant.now();
            HttpResult answer = count(shed, entry.trySend("POST", "/checkout", ORDER, REQUEST_TIMEOUT,
                    "Content-Type", "application/json"));
            boolean ok = ACCEPTED.contains(answer.status());
            if (ok) {
                accepted.add(orderId(answer));
            } else {
                failures.add(answer, Duration.between(start, sent));
            }
            return ok;
        }).start();
        RunningLoad storefront = paced("storefront", STOREFRONT_PAGES_PER_SECOND)
                .request(() -> count(shed, entry.send("GET", "/?user=u-night", null, REQUEST_TIMEOUT)).status() == 200)
                .start();
        AtomicInteger page = new AtomicInteger();
        RunningLoad crawler = paced("crawler", crawlerPagesPerSecond)
                .request(() -> count(shed, entry.send("GET", "/recommendations/u-" + page.incrementAndGet() % 50, null,
                        REQUEST_TIMEOUT)).status() == 200)
                .start();
        List<FinalNightReport.Happened> happened = new ArrayList<>();
        String endedEarly = null;
        try {
            endedEarly = playEvents(start, happened, new Seconds(start, checkout, crawler, storefront, happened));
        } finally {
            checkout.stop();
            storefront.stop();
            crawler.stop();
        }
        return new FinalNightReport(checkout.stop(), storefront.stop(), crawler.stop(), Set.copyOf(accepted), shed.get(),
                failures.byCount(), List.copyOf(happened), endedEarly);
    }

    /**
     * A load of so many requests a second whatever the answers (an open loop), with a thread for
     * every request that may be in flight at once: a slow answer is measured, never dropped.
     * Bounded by the night's length and a request cap.
     */
    private LoadProbe paced(String name, int perSecond) {
        return LoadProbe.named(name).ratePerSecond(perSecond).workers(perSecond * (int) REQUEST_TIMEOUT.toSeconds() + 1)
                .maxRequests(20_000).maxDuration(length);
    }

    /** Waits out the night, running each event when its time comes; the reason if it ended early. */
    private String playEvents(Instant start, List<FinalNightReport.Happened> happened, Seconds seconds) {
        Instant end = start.plus(length);
        Iterator<Event> pending = events.iterator();
        AtomicReference<Event> next = new AtomicReference<>(pending.hasNext() ? pending.next() : null);
        AtomicReference<String> endedEarly = new AtomicReference<>();
        // An event may take a while (a node restarting waits until it is ready): patience beyond the night.
        await().atMost(length.plus(EVENT_PATIENCE)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .pollInSameThread().until(() -> {
                    seconds.tellEnded(everySecond);
                    if (hopeless.getAsBoolean()) {
                        endedEarly.set(hopelessWhy);
                        return true;
                    }
                    Event event = next.get();
                    if (event != null && !Instant.now().isBefore(start.plus(event.at()))) {
                        Instant at = Instant.now();
                        event.action().run();
                        happened.add(new FinalNightReport.Happened(event.what(), at, Instant.now()));
                        next.set(pending.hasNext() ? pending.next() : null);
                    }
                    return !Instant.now().isBefore(end);
                });
        return endedEarly.get();
    }

    /**
     * A few checkouts and pages before the night, not counted: a fresh JVM answers its first
     * requests slowly (classes loading, the JIT compiler, first connections), and the night
     * measures the system, not its start. The same for the monolith and the services.
     */
    private void warmUp() {
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            entry.trySend("POST", "/checkout", ORDER, REQUEST_TIMEOUT, "Content-Type", "application/json");
            if (i % 3 == 0) {
                entry.trySend("GET", "/?user=u-warm-up", null, REQUEST_TIMEOUT);
            }
        }
    }

    /** A 503 with Retry-After is a shed request: the shop said "not now" at once instead of queueing it. */
    private static HttpResult count(AtomicLong shed, HttpResult answer) {
        if (answer.status() == 503 && answer.header("Retry-After") != null) {
            shed.incrementAndGet();
        }
        return answer;
    }

    private static String orderId(HttpResult answer) {
        String id = answer.json().path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalStateException("an accepted checkout without an order id: " + answer.body());
        }
        return id;
    }

    /** The failed checkouts by kind: what a learner reads to see why they failed. */
    private static final class FailureTally {

        private final Map<String, FinalNightReport.Failure> byKind = new LinkedHashMap<>();

        synchronized void add(HttpResult answer, Duration sentAt) {
            String text = FinalNightReport.Failure.shortened(answer.body());
            byKind.merge(answer.status() + " " + text, new FinalNightReport.Failure(answer.status(), text, 1, sentAt),
                    FinalNightReport.Failure::again);
        }

        synchronized List<FinalNightReport.Failure> byCount() {
            return byKind.values().stream()
                    .sorted(Comparator.comparingLong(FinalNightReport.Failure::count).reversed()).toList();
        }
    }

    /** The night's clock for {@link #everySecond}: each whole second, once, with what is known of it so far. */
    private record Seconds(Instant start, RunningLoad checkout, RunningLoad crawler, RunningLoad storefront,
                           List<FinalNightReport.Happened> happened, AtomicInteger told) {

        Seconds(Instant start, RunningLoad checkout, RunningLoad crawler, RunningLoad storefront,
                List<FinalNightReport.Happened> happened) {
            this(start, checkout, crawler, storefront, happened, new AtomicInteger());
        }

        void tellEnded(Consumer<FinalNightSecond> listener) {
            long ended = Duration.between(start, Instant.now()).toSeconds();
            while (told.get() < ended) {
                int second = told.getAndIncrement();
                Instant from = start.plusSeconds(second);
                Instant to = from.plusSeconds(1);
                List<String> events = happened.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                        .map(FinalNightReport.Happened::what).toList();
                listener.accept(FinalNightSecond.of(second, checkout.snapshot().window(from, to),
                        crawler.snapshot().window(from, to), storefront.snapshot().window(from, to), events));
            }
        }
    }
}
