package kata.runtime.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The probe against fake requests (a lambda, sometimes sleeping to play a slow service). Timing
 * assertions have wide margins: they must hold on a busy 2-core laptop.
 */
class LoadProbeTest {

    private static final Duration PLENTY = Duration.ofSeconds(30);

    @Test
    void stopsAtMaxRequests() {
        AtomicInteger calls = new AtomicInteger();

        LoadReport report = LoadProbe.named("count").workers(4).maxRequests(500).maxDuration(PLENTY)
                .request(() -> calls.incrementAndGet() > 0)
                .run();

        assertThat(report.total()).isEqualTo(500);
        assertThat(calls).hasValue(500);
        assertThat(report.successRatio()).isEqualTo(1.0);
        assertThat(report.elapsed()).isLessThan(PLENTY);
        assertThat(liveThreadsOf("count")).isEmpty();
    }

    @Test
    void stopsAtMaxDurationEvenWhenRequestsHang() {
        Duration cap = Duration.ofSeconds(1);
        long started = System.nanoTime();

        LoadReport report = LoadProbe.named("hang").workers(3).maxRequests(1_000).maxDuration(cap)
                .request(() -> {
                    Thread.sleep(60_000); // a service that never answers
                    return true;
                })
                .run();

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isGreaterThanOrEqualTo(cap).isLessThan(cap.plusSeconds(3));
        assertThat(report.total()).as("cut off by the probe, not failed by the service").isZero();
        assertThat(report.unfinished()).isEqualTo(3);
        assertThat(liveThreadsOf("hang")).as("interrupted and joined").isEmpty();
    }

    @Test
    void countsFalseAndExceptionsAsFailures() {
        AtomicInteger calls = new AtomicInteger();

        LoadReport report = LoadProbe.named("flaky").workers(1).maxRequests(90).maxDuration(PLENTY)
                .request(() -> switch (calls.incrementAndGet() % 3) {
                    case 0 -> true;
                    case 1 -> false;
                    default -> throw new java.net.ConnectException("Connection refused");
                })
                .run();

        assertThat(report.total()).isEqualTo(90);
        assertThat(report.successes()).isEqualTo(30);
        assertThat(report.failures()).isEqualTo(60);
        assertThat(report.successRatio()).isEqualTo(1.0 / 3);
    }

    @Test
    void rateModeHoldsItsRateEvenWhenTheServiceIsSlow() {
        // Closed model with one worker would manage 5 of these in a second; arrivals at 50/s do not wait.
        LoadReport report = LoadProbe.named("rate").ratePerSecond(50).maxRequests(10_000)
                .maxDuration(Duration.ofSeconds(2))
                .request(() -> {
                    Thread.sleep(200);
                    return true;
                })
                .run();

        assertThat(report.total()).as(report.summary()).isBetween(60L, 130L);
        assertThat(report.dropped()).isZero();
        assertThat(liveThreadsOf("rate")).isEmpty();
    }

    @Test
    void rateModeDropsWhatItsPoolCannotTake() {
        LoadReport report = LoadProbe.named("saturated").ratePerSecond(100).workers(2).maxRequests(10_000)
                .maxDuration(Duration.ofSeconds(1))
                .request(() -> {
                    Thread.sleep(200); // 2 threads x 5 per second = 10/s, far below 100/s
                    return true;
                })
                .run();

        assertThat(report.dropped()).as(report.summary()).isGreaterThan(report.total() / 2);
        // Every request that ran succeeded, so the failures are exactly the drops: a drop is
        // counted as a failure, once.
        assertThat(report.failures()).as("failures, all of them drops: %s", report.summary()).isEqualTo(report.dropped());
        assertThat(report.successes()).isPositive();
        assertThat(liveThreadsOf("saturated")).isEmpty();
    }

    @Test
    void rateModeStopsAtMaxRequests() {
        LoadReport report = LoadProbe.named("rate-count").ratePerSecond(1000).maxRequests(50).maxDuration(PLENTY)
                .request(() -> true)
                .run();

        assertThat(report.total()).isEqualTo(50);
        assertThat(report.elapsed()).isLessThan(PLENTY);
    }

    @Test
    void runsInTheBackgroundUntilStopped() {
        RunningLoad load = LoadProbe.named("background").workers(2).maxRequests(1_000_000).maxDuration(PLENTY)
                .request(() -> {
                    Thread.sleep(1);
                    return true;
                })
                .start();

        await().atMost(Duration.ofSeconds(10)).until(() -> load.snapshot().total() >= 20);
        assertThat(load.isDone()).isFalse();
        LoadReport report = load.stop();

        assertThat(load.isDone()).isTrue();
        assertThat(report.total()).isGreaterThanOrEqualTo(20);
        assertThat(report.successRatio()).isEqualTo(1.0);
        assertThat(load.snapshot().total()).as("sealed: nothing is added after stop").isEqualTo(report.total());
        assertThat(liveThreadsOf("background")).isEmpty();
    }

    @Test
    void awaitReportReturnsOnceACapIsReached() {
        RunningLoad load = LoadProbe.named("await").workers(2).maxRequests(100).maxDuration(PLENTY)
                .request(() -> true)
                .start();

        assertThat(load.awaitReport(Duration.ofSeconds(10)).total()).isEqualTo(100);
        assertThat(liveThreadsOf("await")).isEmpty();
    }

    @Test
    void bothCapsAreRequiredAndBounded() {
        assertThatThrownBy(() -> LoadProbe.named("uncapped").workers(1).request(() -> true).run())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxRequests").hasMessageContaining("maxDuration");
        assertThatThrownBy(() -> LoadProbe.named("huge").maxRequests(1_000_001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadProbe.named("long").maxDuration(Duration.ofMinutes(11)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadProbe.named("shapeless").maxRequests(1).maxDuration(PLENTY).request(() -> true).run())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("workers(n) or ratePerSecond(r)");
    }

    private static List<String> liveThreadsOf(String probe) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("load-" + probe + "-"))
                .toList();
    }
}
