package kata.runtime.night;

import java.time.Duration;
import java.util.Locale;

/**
 * One night in one row, so the monolith's night and the services' night print side by side:
 * <pre>
 * night            checkout ok failed (kill)     p99 accepted provisioned lost recs ok restarts shed
 * before: monolith     32.45 %      6702 (0) 2001 ms     3217        3217    0  28.1 %        0    0
 * after: services      99.98 %         2 (2)   19 ms     9811        9811    0  86.3 %        4    0
 * </pre>
 *
 * @param checkoutFailed    checkouts that failed, of {@code checkouts}
 * @param failedAtKill      of those, the ones under way when a node was killed: the only ones a kill may cost
 * @param accepted          orders a customer was told were taken
 * @param provisioned       of those, the ones whose servers exist: {@code accepted - provisioned} were lost
 * @param recommendationsOk the crawler's recommendation pages answered, 0 to 1
 * @param restarts          times the recommendation service was started again after a crash
 * @param shed              requests answered 503 with Retry-After
 */
public record FinalNightFigures(String label, long checkouts, long checkoutFailed, long failedAtKill, Duration checkoutP99,
                                long accepted, long provisioned, double recommendationsOk, int restarts, long shed) {

    private static final String ROW = "%-16s %11s %13s %7s %8s %11s %4s %7s %8s %4s";

    public double checkoutOk() {
        return checkouts == 0 ? 0 : (double) (checkouts - checkoutFailed) / checkouts;
    }

    /**
     * Checkouts that succeeded, not counting the ones a killed node had in hand: those the kill
     * itself cost, and no design can save (they are reported, in {@link #failedAtKill}).
     */
    public double checkoutOkApartFromTheKill() {
        return checkouts == 0 ? 0 : (double) (checkouts - (checkoutFailed - failedAtKill)) / checkouts;
    }

    public long lost() {
        return accepted - provisioned;
    }

    public static String header() {
        return String.format(Locale.ROOT, ROW, "night", "checkout ok", "failed (kill)", "p99", "accepted",
                "provisioned", "lost", "recs ok", "restarts", "shed");
    }

    public String row() {
        return String.format(Locale.ROOT, ROW, label, percent(checkoutOk(), 2),
                checkoutFailed + " (" + failedAtKill + ")", checkoutP99.toMillis() + " ms", accepted, provisioned,
                lost(), percent(recommendationsOk, 1), restarts, shed);
    }

    /** Rounded down, so "100.00 %" means not one failure. */
    private static String percent(double ratio, int decimals) {
        double scale = Math.pow(10, decimals + 2);
        return String.format(Locale.ROOT, "%." + decimals + "f %%", Math.floor(ratio * scale) / Math.pow(10, decimals));
    }
}
