package kata.runtime.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Times requests and keeps every sample: when it started, how long it took, whether it
 * succeeded. Kept as three primitive arrays (17 bytes a sample) rather than objects, so even a
 * million samples fit comfortably in a test JVM.
 *
 * <p>Once {@link #seal sealed} it ignores late arrivals: a request cut off by the probe's own
 * caps is not the service's failure and must not be counted as one.
 */
final class SampleRecorder {

    /** Latency of a request that never ran because the open-model pool was full. */
    static final long DROPPED = -1;
    private static final int INITIAL_CAPACITY = 1024;

    private final String name;
    private final int maxSamples;
    private final Instant startedAt = Instant.now();
    private final long startNanos = System.nanoTime();

    private long[] startOffsets;
    private long[] latencies;
    private boolean[] successes;
    private int size;
    private LoadReport sealed;

    SampleRecorder(String name, int maxSamples) {
        this.name = name;
        this.maxSamples = maxSamples;
        int capacity = Math.min(maxSamples, INITIAL_CAPACITY);
        startOffsets = new long[capacity];
        latencies = new long[capacity];
        successes = new boolean[capacity];
    }

    /** Runs one request and records it; an exception is a failure, never a crash of the probe. */
    void measure(RequestAction action) {
        long start = System.nanoTime();
        boolean success;
        try {
            success = action.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the probe is stopping; let the loop see it
            success = false;
        } catch (Exception | AssertionError e) {
            success = false;
        }
        record(start - startNanos, System.nanoTime() - start, success);
    }

    void recordDropped() {
        record(System.nanoTime() - startNanos, DROPPED, false);
    }

    /** The samples so far, as a report; the probe keeps running. */
    synchronized LoadReport snapshot(long issued) {
        return sealed != null ? sealed : report(issued);
    }

    /** The final report; samples recorded after this are ignored. */
    synchronized LoadReport seal(long issued) {
        if (sealed == null) {
            sealed = report(issued);
        }
        return sealed;
    }

    private synchronized void record(long startOffset, long latency, boolean success) {
        if (sealed != null || size == maxSamples) {
            return;
        }
        if (size == startOffsets.length) {
            int grown = (int) Math.min(maxSamples, 2L * size);
            startOffsets = Arrays.copyOf(startOffsets, grown);
            latencies = Arrays.copyOf(latencies, grown);
            successes = Arrays.copyOf(successes, grown);
        }
        startOffsets[size] = startOffset;
        latencies[size] = latency;
        successes[size] = success;
        size++;
    }

    private LoadReport report(long issued) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        return new LoadReport(name, startedAt, elapsed, Arrays.copyOf(startOffsets, size),
                Arrays.copyOf(latencies, size), Arrays.copyOf(successes, size), issued - size);
    }
}
