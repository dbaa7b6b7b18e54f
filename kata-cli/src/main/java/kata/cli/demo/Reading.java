package kata.cli.demo;

/**
 * What the customers saw in one second: checkout requests and how many succeeded, the slowest
 * 1 % of checkout latency, and the crawler's recommendation requests.
 */
public record Reading(long checkoutTotal, long checkoutOk, double checkoutP99Millis, long recommendationsTotal,
                      long recommendationsOk) {

    /** Percent, or -1 when no request started in that second (a gap in the chart, not a zero). */
    public double checkoutOkPercent() {
        return checkoutTotal == 0 ? -1 : 100.0 * checkoutOk / checkoutTotal;
    }

    public double recommendationsOkPercent() {
        return recommendationsTotal == 0 ? -1 : 100.0 * recommendationsOk / recommendationsTotal;
    }
}
