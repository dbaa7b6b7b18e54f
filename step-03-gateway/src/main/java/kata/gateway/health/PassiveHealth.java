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
        // TODO(target 3): available when maxFails is 0, when fails < maxFails, or when failTimeout has
        //  passed since lastFailure.
        return true;
    }

    /** A connect error or a timeout. An old failure, outside the window, no longer counts. */
    public synchronized void failed(Instant now) {
        // TODO(target 3): count the failure and remember when it was; when the last failure is older
        //  than failTimeout, it no longer counts (start again from 0).
    }

    public synchronized void succeeded() {
        // TODO(target 3): one success forgives the past.
    }

    public synchronized int fails() {
        return fails;
    }
}
