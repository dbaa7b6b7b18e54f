package kata.runtime.night;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import kata.runtime.load.LoadReport;
import kata.runtime.process.ExitCause;

/**
 * What customers saw during one 3 AM night: every checkout and storefront request, split at
 * the moment the crawler started and the moment the leaking process died.
 *
 * @param died        when the leaking process was seen dead, or when the leak ran out of time
 * @param deathOrNull how the leaking process ended; {@code null} if it outlived the leak
 */
public record NightReport(LoadReport checkout, LoadReport storefront, LoadReport crawler, Instant start,
                          Instant leakStarted, Instant died, ExitCause deathOrNull, String leakingName,
                          Duration maxLeak) {

    /** How the leaking process died; a night in which it did not die says so, for a test to fail on. */
    public ExitCause death() {
        if (deathOrNull == null) {
            throw new IllegalStateException(leakingName + " was still alive after " + maxLeak.toSeconds()
                    + " s of the crawler: the night has no crash");
        }
        return deathOrNull;
    }

    public boolean leakingProcessDied() {
        return deathOrNull != null;
    }

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

    /** Every second of the night, complete: late answers count in the second their request started. */
    public List<NightSecond> seconds() {
        int count = (int) Math.ceil(Duration.between(start, checkout.startedAt().plus(checkout.elapsed())).toMillis() / 1000.0);
        return IntStream.range(0, count).mapToObj(second -> {
            Instant from = start.plusSeconds(second);
            Instant to = from.plusSeconds(1);
            return NightSecond.of(second, phaseOf(from, leakStarted, died), checkout.window(from, to),
                    storefront.window(from, to), crawler.window(from, to));
        }).toList();
    }

    /** The second of the night an instant falls in, e.g. when the crawler came. */
    public int secondOf(Instant instant) {
        return (int) Duration.between(start, instant).toSeconds();
    }

    /** A second in which the crawler came, or the leaking process died, belongs to the leak. */
    static Night.Phase phaseOf(Instant secondStart, Instant leakStarted, Instant leakEnded) {
        Instant secondEnd = secondStart.plusSeconds(1);
        return !secondEnd.isAfter(leakStarted) ? Night.Phase.BEFORE
                : secondStart.isBefore(leakEnded) ? Night.Phase.LEAK : Night.Phase.AFTER;
    }

    /**
     * One line a learner can compare across steps, e.g.
     * {@code monolith: checkout ok before 100.0 % (p99 9 ms) | during the leak 43.1 % (p99 812 ms) | after the crash 0.0 % (p99 1 ms); died of OutOfMemoryError}.
     */
    public String line(String label) {
        return String.format(Locale.ROOT, "%s: checkout ok before %s | during the leak %s | after the crash %s; %s",
                label, figure(before()), figure(duringLeak()), figure(afterCrash()),
                deathOrNull != null ? deathOrNull : "still alive after " + maxLeak.toSeconds() + " s");
    }

    private static String figure(LoadReport report) {
        return String.format(Locale.ROOT, "%.1f %% (p99 %d ms, n=%d)",
                100 * report.successRatio(), report.p99().toMillis(), report.total());
    }
}
