package kata.gateway.health;

import java.time.Duration;
import java.time.Instant;

/**
 * nginx's passive health check ({@code max_fails}, {@code fail_timeout}): no probe traffic; the
 * gateway counts the failures of real requests. After {@code maxFails} failures, each within
 * {@code failTimeout} of the one before, the server is left alone for {@code failTimeout}; then
 * requests may try it again, and one success forgives the past.
 */
public final class PassiveHealth {

    private final int maxFails;
    private final Duration failTimeout;
    private int fails;
    private Instant lastFailure = Instant.MIN;

    public PassiveHealth(int maxFails, Duration failTimeout) {
        this.maxFails = maxFails;
        this.failTimeout = failTimeout;
    }

    /** Can this server take a request at {@code now}? {@code max_fails=0} means: never mark it failed. */
    public synchronized boolean available(Instant now) {
        return maxFails == 0 || fails < maxFails || !now.isBefore(lastFailure.plus(failTimeout));
    }

    /** A connect error or a timeout. An old failure, outside the window, no longer counts. */
    public synchronized void failed(Instant now) {
        if (now.isAfter(lastFailure.plus(failTimeout))) {
            fails = 0;
        }
        fails++;
        lastFailure = now;
    }

    public synchronized void succeeded() {
        fails = 0;
    }

    public synchronized int fails() {
        return fails;
    }
}
