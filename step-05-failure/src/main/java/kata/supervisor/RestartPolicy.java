package kata.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to start a crashed service again - and when to stop trying. After a crash, wait
 * {@code firstWait}; after the next one in a short while, twice that; then twice again, up to
 * {@code longestWait}: a service that crashes at start should not be restarted in a tight loop
 * that eats the machine. But {@code crashesInALoop} crashes within {@code loopWindow} is a
 * crash loop: restarting cannot help (a bad configuration, a disk that is full), so give up and
 * let a person - or the platform above - see it. Crashes older than the window are forgiven.
 */
public final class RestartPolicy {

    private final Duration firstWait;
    private final Duration longestWait;
    private final int crashesInALoop;
    private final Duration loopWindow;

    public RestartPolicy(Duration firstWait, Duration longestWait, int crashesInALoop, Duration loopWindow) {
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.crashesInALoop = crashesInALoop;
        this.loopWindow = loopWindow;
    }

    /** A crash, at {@code now}: how long to wait before the next start, or empty to give up. */
    public Optional<Duration> afterCrash(Instant now) {
        // TODO(target 5): remember the crashes of the last loopWindow; crashesInALoop of them: give
        //  up; otherwise wait firstWait x 2^(crashes in the window - 1), at most longestWait.
        //  Today a crash is final: someone has to start the service again by hand, at 3 AM.
        return Optional.empty();
    }
}
