package kata.platform.log;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Logs a dependency's changes of state, not every failed call. During an outage a busy page
 * fails thousands of times a minute; one WARN line when the dependency goes down and one INFO
 * line when it is back (with how many calls went without it) tell the same story and leave the
 * log readable. Cheap enough for every request: two atomic operations.
 *
 * <pre>{@code
 * try { render(recommendations.forUser(user)); log.answered(); }
 * catch (RecommendationsUnavailable e) { log.failed(e.getMessage()); renderWithout(); }
 * }</pre>
 */
public final class DependencyLog {

    private final Logger log;
    private final String dependency;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong missed = new AtomicLong();

    public DependencyLog(Logger log, String dependency) {
        this.log = log;
        this.dependency = dependency;
    }

    /** A call went without the dependency. Logs only the first failure of an outage. */
    public void failed(String reason) {
        missed.incrementAndGet();
        if (down.compareAndSet(false, true)) {
            log.warn("{} unavailable, degrading until it answers again: {}", dependency, reason);
        }
    }

    /** A call succeeded. Logs only the first success after an outage. */
    public void answered() {
        if (down.compareAndSet(true, false)) {
            log.info("{} answers again; {} calls went without it", dependency, missed.getAndSet(0));
        }
    }

    /** Calls that went without the dependency since it was last seen answering. */
    public long missed() {
        return missed.get();
    }
}
