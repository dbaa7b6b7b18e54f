package kata.runtime.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;

/**
 * What a load probe measured: every sample it took, and the numbers a learner compares
 * between steps — how many requests succeeded, how slow they were, second by second.
 *
 * <p>Counting rules, so the numbers mean what they say:
 * <ul>
 *   <li>{@code total} counts every request the probe issued and saw end, successful or not,
 *       including requests {@linkplain #dropped() dropped} because the open-model pool was full.
 *   <li>Latency percentiles cover the requests that ran (successes and failures: a timeout is
 *       exactly the slowness worth seeing); dropped requests never ran and have no latency.
 *   <li>Requests still running when the probe hit its caps or was stopped are not counted; their
 *       number is {@link #unfinished()}.
 * </ul>
 */
public final class LoadReport {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** 3 significant digits: 12.3 ms stays 12.3 ms, and a histogram stays a few KB. */
    private static final int PRECISION_DIGITS = 3;

    private final String name;
    private final Instant startedAt;
    private final Duration elapsed;
    private final long[] startOffsets;
    private final long[] latencies;
    private final boolean[] successes;
    private final long unfinished;
    private final long successCount;
    private final long droppedCount;
    private final Histogram latencyHistogram;

    LoadReport(String name, Instant startedAt, Duration elapsed, long[] startOffsets, long[] latencies,
               boolean[] successes, long unfinished) {
        this.name = name;
        this.startedAt = startedAt;
        this.elapsed = elapsed;
        this.startOffsets = startOffsets;
        this.latencies = latencies;
        this.successes = successes;
        this.unfinished = unfinished;
        this.successCount = count(i -> successes[i]);
        this.droppedCount = count(i -> latencies[i] == SampleRecorder.DROPPED);
        this.latencyHistogram = new Histogram(PRECISION_DIGITS); // auto-resizing: no upper bound to guess
        IntStream.range(0, latencies.length).forEach(i -> record(latencyHistogram, i));
    }

    public String name() {
        return name;
    }

    public long total() {
        return startOffsets.length;
    }

    public long successes() {
        return successCount;
    }

    public long failures() {
        return total() - successes();
    }

    /** Requests the open model could not even send because every pool thread was busy: failures too. */
    public long dropped() {
        return droppedCount;
    }

    /** Requests still running when the probe ended; not part of {@link #total()}. */
    public long unfinished() {
        return unfinished;
    }

    /**
     * Failed requests that were under way while something happened between {@code from} and
     * {@code to} - e.g. a process being killed: sent before it was dead, failed after the kill
     * began. A kill can fail these and only these; a failure sent later is the system's, not the kill's.
     */
    public long failuresUnderWay(Instant from, Instant to) {
        long begin = Duration.between(startedAt, from).toNanos();
        long end = Duration.between(startedAt, to).toNanos();
        return count(i -> !successes[i] && latencies[i] != SampleRecorder.DROPPED && startOffsets[i] <= end
                && startOffsets[i] + latencies[i] >= begin);
    }

    /** Successes / total, from 0 to 1; 0 when there were no requests at all (nothing succeeded). */
    public double successRatio() {
        return total() == 0 ? 0 : (double) successes() / total();
    }

    public Duration p50() {
        return percentile(50);
    }

    public Duration p99() {
        return percentile(99);
    }

    public Duration max() {
        return Duration.ofNanos(Math.max(0, LongStream.of(latencies).max().orElse(0))); // exact, not bucketed
    }

    public Duration elapsed() {
        return elapsed;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** One bucket per second of the run, empty seconds included: a crash shows as a gap. */
    public List<SecondBucket> timeline() {
        long secondsWithSamples = LongStream.of(startOffsets).map(offset -> offset / NANOS_PER_SECOND + 1).max().orElse(0);
        int seconds = (int) Math.max(ceilDiv(elapsed.toNanos(), NANOS_PER_SECOND), secondsWithSamples);
        long[] totals = new long[seconds];
        long[] oks = new long[seconds];
        Histogram[] perSecond = new Histogram[seconds];
        for (int i = 0; i < startOffsets.length; i++) {
            int second = (int) (startOffsets[i] / NANOS_PER_SECOND);
            totals[second]++;
            oks[second] += successes[i] ? 1 : 0;
            if (perSecond[second] == null) {
                perSecond[second] = new Histogram(PRECISION_DIGITS);
            }
            record(perSecond[second], i);
        }
        List<SecondBucket> buckets = new ArrayList<>();
        for (int second = 0; second < seconds; second++) {
            double p99Millis = perSecond[second] == null ? 0 : perSecond[second].getValueAtPercentile(99) / 1e6;
            buckets.add(new SecondBucket(second, totals[second], oks[second], p99Millis));
        }
        return buckets;
    }

    /**
     * The requests that <em>started</em> in {@code [from, to)}, as a report of their own — so a
     * test can compare before, during and after a crash:
     * <pre>{@code
     * report.window(crashAt, recoveredAt).successRatio()
     * }</pre>
     */
    public LoadReport window(Instant from, Instant to) {
        Instant runEnd = startedAt.plus(elapsed);
        Instant windowStart = from.isAfter(startedAt) ? from : startedAt;
        Instant windowEnd = to.isBefore(runEnd) ? to : runEnd;
        long shift = Duration.between(startedAt, windowStart).toNanos();
        long end = Duration.between(startedAt, windowEnd).toNanos();
        int[] picked = IntStream.range(0, startOffsets.length)
                .filter(i -> startOffsets[i] >= shift && startOffsets[i] < end)
                .toArray();
        return new LoadReport(name, windowStart, Duration.ofNanos(Math.max(0, end - shift)),
                IntStream.of(picked).mapToLong(i -> startOffsets[i] - shift).toArray(),
                IntStream.of(picked).mapToLong(i -> latencies[i]).toArray(),
                booleansAt(picked),
                to.isBefore(runEnd) ? 0 : unfinished); // what was still running belongs to the end
    }

    /** E.g. {@code checkout: 1234 requests, 99.8 % ok, p50 3 ms, p99 12 ms, max 40 ms in 5.0 s}. */
    public String summary() {
        String text = String.format(Locale.ROOT, "%s: %d requests, %s ok, p50 %s, p99 %s, max %s in %.1f s",
                name, total(), percent(successRatio()), millis(p50()), millis(p99()), millis(max()),
                elapsed.toMillis() / 1000.0);
        List<String> notes = new ArrayList<>();
        if (dropped() > 0) {
            notes.add(dropped() + " dropped: every request thread was busy");
        }
        if (unfinished > 0) {
            notes.add(unfinished + " still running when the probe ended, not counted");
        }
        return notes.isEmpty() ? text : text + " (" + String.join("; ", notes) + ")";
    }

    /** The timeline as text, one line per second, for a test's output or a README. */
    public String timelineTable() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%6s %9s %8s %9s%n",
                "second", "requests", "ok", "p99"));
        for (SecondBucket bucket : timeline()) {
            table.append(String.format(Locale.ROOT, "%6d %9d %8s %9s%n", bucket.second(), bucket.total(),
                    bucket.total() == 0 ? "-" : percent(bucket.successRatio()),
                    bucket.total() == 0 ? "-" : millis(Duration.ofNanos((long) (bucket.p99Millis() * 1e6)))));
        }
        return table.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    /** E.g. {@code percentile(95)}: a timing a test can assert on without one GC pause deciding it. */
    public Duration percentile(double percentile) {
        return Duration.ofNanos(latencyHistogram.getValueAtPercentile(percentile));
    }

    /** Adds sample i's latency; dropped requests never ran and have none. */
    private void record(Histogram histogram, int i) {
        if (latencies[i] != SampleRecorder.DROPPED) {
            histogram.recordValue(latencies[i]);
        }
    }

    private long count(IntPredicate selected) {
        return IntStream.range(0, startOffsets.length).filter(selected).count();
    }

    private boolean[] booleansAt(int[] indices) {
        boolean[] picked = new boolean[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = successes[indices[i]];
        }
        return picked;
    }

    /** Rounded down, so "100.0 %" really means no failure at all. */
    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", Math.floor(ratio * 1000) / 10);
    }

    /** Sub-millisecond latencies are normal on loopback; "0 ms" would hide them. */
    private static String millis(Duration duration) {
        double millis = duration.toNanos() / 1e6;
        return millis < 10 ? String.format(Locale.ROOT, "%.1f ms", millis) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
