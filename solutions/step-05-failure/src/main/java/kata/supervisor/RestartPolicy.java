package kata.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * When to start a crashed service again, and when to stop trying: exponential backoff from
 * {@code firstWait} up to {@code longestWait}, counted over the crashes of the last
 * {@code loopWindow}; {@code crashesInALoop} of them is a crash loop, and the answer is "give up".
 * Crashes older than the window are forgiven: a service that ran well for a while starts again
 * at the first, short wait.
 */
public final class RestartPolicy {

    private final Duration firstWait;
    private final Duration longestWait;
    private final int crashesInALoop;
    private final Duration loopWindow;
    private final Deque<Instant> recentCrashes = new ArrayDeque<>();

    public RestartPolicy(Duration firstWait, Duration longestWait, int crashesInALoop, Duration loopWindow) {
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.crashesInALoop = crashesInALoop;
        this.loopWindow = loopWindow;
    }

    /** A crash, at {@code now}: how long to wait before the next start, or empty to give up. */
    public synchronized Optional<Duration> afterCrash(Instant now) {
        recentCrashes.addLast(now);
        while (recentCrashes.getFirst().isBefore(now.minus(loopWindow))) {
            recentCrashes.removeFirst();
        }
        int crashes = recentCrashes.size();
        if (crashes >= crashesInALoop) {
            return Optional.empty();
        }
        // 2^(crashes - 1) times the first wait, without overflowing for a long window
        Duration wait = firstWait.multipliedBy(1L << Math.min(crashes - 1, 20));
        return Optional.of(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }
}
