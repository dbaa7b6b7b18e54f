package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import kata.testkit.Exercise;
import kata.runtime.http.HttpResult;
import kata.webshop.MisbehavingEngines.StuckEngine;
import kata.webshop.pages.StorefrontPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulkhead: a stuck engine may take the recommendation pool's threads, never the web
 * server's, and once that pool and its queue are full, pages stop waiting at all. The numbers
 * are the README's: 4 threads, a queue of 16, a budget of 250 ms.
 */
class BulkheadTest {

    /** The README's bulkhead: this many engine calls at once, at most. */
    private static final int POOL_THREADS = 4;
    /** 4 running + 16 queued: what it takes to fill the bulkhead. */
    private static final int BULKHEAD_CAPACITY = 4 + 16;
    /** Half the 250 ms budget: a full bulkhead refuses at once, it does not wait the budget out. */
    private static final Duration AT_ONCE = Duration.ofMillis(125);
    private static final Duration CHECKOUT_BUDGET = Duration.ofMillis(500);
    /** How long we are willing to watch a starter hang before calling it a failure. */
    private static final Duration PATIENCE = Duration.ofMillis(1500);
    private static final String ORDER = "{\"customerId\":\"c-7\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}";

    private final CountDownLatch releaseStuckEngine = new CountDownLatch(1);
    private final StuckEngine engine = MisbehavingEngines.stuck(releaseStuckEngine);
    private ShopUnderTest shop;

    @AfterEach
    void stopShop() {
        releaseStuckEngine.countDown();
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    @Exercise(hint = "Every page that asks a stuck engine gives it one more thread: the engine runs on"
            + " the web server's threads. Run it on a pool of 4 threads in InProcessRecommendations.",
            more = "new ThreadPoolExecutor(4, 4, 0, MILLISECONDS, new ArrayBlockingQueue<>(16)):"
                    + " Executors.newCachedThreadPool() has no bulkhead at all - it makes a thread per call.",
            readme = "#target-6-the-bulkhead-holds-the-threads")
    void aStuckEngineHoldsAtMostThePoolsThreads() throws Exception {
        shop = ShopUnderTest.start(ShopUnderTest.standardParts().withEngine(engine));

        // Once a fifth call is inside the engine there is no bulkhead, whatever else happens: let
        // the stuck engine go rather than watch 40 pages hang for the whole patience.
        List<HttpResult> pages = storefrontPagesAtOnce(40, () -> engine.mostCallsAtOnce() > POOL_THREADS);

        assertThat(engine.mostCallsAtOnce()).as("engine calls held at once by a stuck engine, 40 pages asked"
                + " together (the bulkhead has %d threads)", POOL_THREADS).isBetween(1, POOL_THREADS);
        assertThat(pages).as("every page answers, degraded").allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains(StorefrontPage.UNAVAILABLE);
        });
    }

    @Test
    @Exercise(hint = "With the pool's threads stuck and its queue full, a page still waits its whole"
            + " budget: the queue is unbounded. Give the pool a bounded queue (16) so a full bulkhead"
            + " refuses at once, and turn the refusal into RecommendationsUnavailable.",
            more = "A RejectedExecutionException from submit/execute means 'full': catch it. A timed-out"
                    + " task keeps its place in the queue, so a stuck engine keeps the bulkhead full.",
            readme = "#target-7-a-full-bulkhead-answers-at-once")
    void aFullBulkheadDegradesAtOnceAndCheckoutStillSells() throws Exception {
        shop = ShopUnderTest.start(ShopUnderTest.standardParts().withEngine(engine));
        storefrontPagesAtOnce(BULKHEAD_CAPACITY); // 4 threads stuck, 16 tasks queued behind them

        List<Duration> latencies = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            HttpResult page = shop.http().tryGet("/?user=u-" + i, PATIENCE);
            assertThat(page.status()).as("storefront with a full bulkhead (-1: no answer within %s)", PATIENCE)
                    .isEqualTo(200);
            assertThat(page.body()).contains(StorefrontPage.UNAVAILABLE);
            latencies.add(page.elapsed());
        }
        HttpResult order = shop.http().trySend("POST", "/checkout", ORDER, PATIENCE, "Content-Type", "application/json");

        // The median of 9: a GC pause on a busy machine may slow one page, not five.
        assertThat(latencies.stream().sorted().toList().get(4)).as("median page latency with a full bulkhead"
                + " (a full pool answers at once; an unbounded queue waits the 250 ms budget)").isLessThan(AT_ONCE);
        assertThat(order.status()).as("checkout with a full bulkhead").isEqualTo(201);
        assertThat(order.elapsed()).as("checkout latency with a full bulkhead").isLessThan(CHECKOUT_BUDGET);
    }

    /** Asks for {@code count} storefront pages at the same time and waits for every answer. */
    private List<HttpResult> storefrontPagesAtOnce(int count) throws Exception {
        return storefrontPagesAtOnce(count, () -> false);
    }

    /**
     * Asks for {@code count} storefront pages at the same time and waits for every answer. When
     * {@code verdictKnown} turns true first, the stuck engine is released so the pages answer now.
     */
    private List<HttpResult> storefrontPagesAtOnce(int count, BooleanSupplier verdictKnown) throws Exception {
        ExecutorService customers = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResult>> pages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String path = "/?user=crowd-" + i;
                pages.add(customers.submit(() -> shop.http().tryGet(path, PATIENCE)));
            }
            await("every page answered, or the verdict known").atMost(PATIENCE.multipliedBy(2))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> pages.stream().allMatch(Future::isDone) || verdictKnown.getAsBoolean());
            if (verdictKnown.getAsBoolean()) {
                releaseStuckEngine.countDown();
            }
            List<HttpResult> answers = new ArrayList<>();
            for (Future<HttpResult> page : pages) {
                answers.add(page.get(PATIENCE.toMillis() * 2, TimeUnit.MILLISECONDS));
            }
            return answers;
        } finally {
            customers.shutdownNow();
        }
    }
}
