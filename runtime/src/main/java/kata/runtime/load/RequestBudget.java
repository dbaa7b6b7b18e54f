package kata.runtime.load;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two hard caps of a load probe — how many requests and until when — in one place that
 * every thread asks before it sends anything. Because nothing is sent without a "yes" from
 * here, no probe can run away, whatever its shape.
 */
final class RequestBudget {

    private final long maxRequests;
    private final long deadlineNanos;
    private final AtomicLong issued = new AtomicLong();
    private volatile boolean closed;

    RequestBudget(long maxRequests, Duration maxDuration) {
        this.maxRequests = maxRequests;
        this.deadlineNanos = System.nanoTime() + maxDuration.toNanos();
    }

    /** Claims one request; {@code false} once either cap is reached or the probe was stopped. */
    boolean tryIssue() {
        if (closed || System.nanoTime() - deadlineNanos >= 0) {
            return false;
        }
        return issued.getAndUpdate(n -> n < maxRequests ? n + 1 : n) < maxRequests;
    }

    void close() {
        closed = true;
    }

    long issued() {
        return issued.get();
    }

    Duration timeLeft() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }
}
