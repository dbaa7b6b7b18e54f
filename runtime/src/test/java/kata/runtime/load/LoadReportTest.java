package kata.runtime.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The report's arithmetic on hand-made samples: no threads, no timing, exact answers. */
class LoadReportTest {

    private static final Instant START = Instant.parse("2030-01-01T10:00:00Z");
    private static final long MS = 1_000_000;

    /**
     * Six requests over three seconds; the one in second 1 that took 100 ms is the outlier, the
     * failure is in second 1 too.
     */
    private static LoadReport sixRequests() {
        return new LoadReport("checkout", START, Duration.ofSeconds(3),
                new long[] {100 * MS, 200 * MS, 1100 * MS, 1200 * MS, 1300 * MS, 2500 * MS},
                new long[] {1 * MS, 2 * MS, 3 * MS, 4 * MS, 100 * MS, 5 * MS},
                new boolean[] {true, true, false, true, true, true},
                0);
    }

    @Test
    void countsAndRatio() {
        LoadReport report = sixRequests();

        assertThat(report.total()).isEqualTo(6);
        assertThat(report.successes()).isEqualTo(5);
        assertThat(report.failures()).isEqualTo(1);
        assertThat(report.successRatio()).isEqualTo(5.0 / 6);
    }

    @Test
    void failuresUnderWayAreThoseSentBeforeTheEventEndedThatFailedAfterItBegan() {
        LoadReport report = sixRequests(); // the failure: sent at 1100 ms, ended at 1103 ms

        assertThat(report.failuresUnderWay(START.plusMillis(1101), START.plusMillis(1101))).isEqualTo(1);
        assertThat(report.failuresUnderWay(START.plusMillis(1090), START.plusMillis(1099))).as("sent after").isZero();
        assertThat(report.failuresUnderWay(START.plusMillis(1104), START.plusMillis(1200))).as("over before").isZero();
        assertThat(report.failuresUnderWay(START.plusMillis(1095), START.plusMillis(1100))).as("sent as it ended")
                .isEqualTo(1);
        assertThat(report.failuresUnderWay(START.plusMillis(1350), START.plusMillis(1360))).as("a success").isZero();
    }

    @Test
    void latencyPercentilesAndExactMax() {
        LoadReport report = sixRequests();

        assertThat(report.p50().toNanos()).isCloseTo(3 * MS, withinPercentage(1));
        assertThat(report.p99().toNanos()).isCloseTo(100 * MS, withinPercentage(1));
        assertThat(report.max()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void timelineHasOneBucketPerSecond() {
        assertThat(sixRequests().timeline()).extracting(SecondBucket::second, SecondBucket::total, SecondBucket::successes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple(1, 3L, 2L),
                        org.assertj.core.groups.Tuple.tuple(2, 1L, 1L));
        assertThat(sixRequests().timeline().get(1).p99Millis()).isCloseTo(100, withinPercentage(1));
    }

    @Test
    void anEmptySecondIsStillARow() {
        LoadReport gap = new LoadReport("gap", START, Duration.ofMillis(2500),
                new long[] {100 * MS, 2100 * MS}, new long[] {MS, MS}, new boolean[] {true, true}, 0);

        assertThat(gap.timeline()).extracting(SecondBucket::total).containsExactly(1L, 0L, 1L);
        assertThat(gap.timeline().get(1).p99Millis()).isZero();
    }

    @Test
    void windowKeepsTheRequestsThatStartedInsideFromInclusiveToExclusive() {
        LoadReport during = sixRequests().window(START.plusMillis(1100), START.plusMillis(2500));

        assertThat(during.total()).isEqualTo(3);
        assertThat(during.successRatio()).isEqualTo(2.0 / 3);
        assertThat(during.startedAt()).isEqualTo(START.plusMillis(1100));
        assertThat(during.elapsed()).isEqualTo(Duration.ofMillis(1400));
        assertThat(during.timeline()).extracting(SecondBucket::total).containsExactly(3L, 0L);
    }

    @Test
    void windowIsClippedToTheRun() {
        LoadReport report = sixRequests();

        LoadReport everything = report.window(START.minusSeconds(60), START.plusSeconds(60));
        LoadReport before = report.window(START.minusSeconds(60), START);

        assertThat(everything.total()).isEqualTo(6);
        assertThat(everything.startedAt()).isEqualTo(START);
        assertThat(everything.elapsed()).isEqualTo(Duration.ofSeconds(3));
        assertThat(before.total()).isZero();
        assertThat(before.elapsed()).isZero();
    }

    @Test
    void noRequestsMeansNothingSucceededNotNaN() {
        LoadReport none = new LoadReport("idle", START, Duration.ZERO, new long[0], new long[0], new boolean[0], 0);

        assertThat(none.successRatio()).isZero();
        assertThat(none.p99()).isZero();
        assertThat(none.max()).isZero();
        assertThat(none.timeline()).isEmpty();
        assertThat(none.summary()).isEqualTo("idle: 0 requests, 0.0 % ok, p50 0.0 ms, p99 0.0 ms, max 0.0 ms in 0.0 s");
    }

    @Test
    void summaryReadsLikeASentence() {
        assertThat(sixRequests().summary())
                .isEqualTo("checkout: 6 requests, 83.3 % ok, p50 3.0 ms, p99 100 ms, max 100 ms in 3.0 s");
    }

    @Test
    void droppedRequestsAreFailuresWithoutLatencyAndTheSummarySaysSo() {
        LoadReport report = new LoadReport("rate", START, Duration.ofSeconds(1),
                new long[] {0, 10 * MS, 20 * MS}, new long[] {50 * MS, SampleRecorder.DROPPED, SampleRecorder.DROPPED},
                new boolean[] {true, false, false}, 4);

        assertThat(report.dropped()).isEqualTo(2);
        assertThat(report.failures()).isEqualTo(2);
        assertThat(report.max()).isEqualTo(Duration.ofMillis(50));
        assertThat(report.p50().toNanos()).as("dropped requests have no latency").isCloseTo(50 * MS, withinPercentage(1));
        assertThat(report.summary()).endsWith(
                "(2 dropped: every request thread was busy; 4 still running when the probe ended, not counted)");
    }

    @Test
    void timelineTableHasAHeaderAndOneLinePerSecond() {
        String table = sixRequests().timelineTable();

        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().skip(2).findFirst()).hasValueSatisfying(line ->
                assertThat(line.trim().split("\\s+")).containsExactly("1", "3", "66.6", "%", "100", "ms"));
    }
}
