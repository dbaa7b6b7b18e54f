package kata.testkit.scenario;

import java.time.Instant;
import java.util.Locale;
import kata.testkit.load.LoadReport;
import kata.testkit.process.ExitCause;

/**
 * What customers saw during one 3 AM night: every checkout and storefront request, split at
 * the moment the crawler started and the moment the leaking process died.
 */
public record NightReport(LoadReport checkout, LoadReport storefront, LoadReport crawler,
                          Instant leakStarted, Instant died, ExitCause death) {

    /** Checkouts before the crawler came. */
    public LoadReport before() {
        return checkout.window(Instant.MIN, leakStarted);
    }

    /** Checkouts from the crawler's first request to the leaking process's death. */
    public LoadReport duringLeak() {
        return checkout.window(leakStarted, died);
    }

    /** Checkouts after the leaking process died. */
    public LoadReport afterCrash() {
        return checkout.window(died, Instant.MAX);
    }

    /** Checkout success over the whole leak: from the crawler's start to the end of the night. */
    public LoadReport leakAndAfter() {
        return checkout.window(leakStarted, Instant.MAX);
    }

    /**
     * One line a learner can compare across steps, e.g.
     * {@code monolith: checkout ok before 100.0 % (p99 9 ms) | during the leak 43.1 % (p99 812 ms) | after the crash 0.0 % (p99 1 ms); died of OutOfMemoryError}.
     */
    public String line(String label) {
        return String.format(Locale.ROOT, "%s: checkout ok before %s | during the leak %s | after the crash %s; %s",
                label, figure(before()), figure(duringLeak()), figure(afterCrash()), death);
    }

    private static String figure(LoadReport report) {
        return String.format(Locale.ROOT, "%.1f %% (p99 %d ms, n=%d)",
                100 * report.successRatio(), report.p99().toMillis(), report.total());
    }
}
