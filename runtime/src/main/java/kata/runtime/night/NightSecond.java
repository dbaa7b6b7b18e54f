package kata.runtime.night;

import kata.runtime.load.LoadReport;

/**
 * What customers saw in one second of the night, counted by the requests that started in it:
 * checkouts and how many succeeded, the slowest 1 % of their latency, the crawler's
 * recommendation requests (none before the crawler comes) and the storefront pages.
 *
 * @param second seconds since the night started: 0, 1, 2, ...
 */
public record NightSecond(int second, Night.Phase phase, long checkouts, long checkoutsOk, double checkoutP99Millis,
                          long recommendations, long recommendationsOk, long pages, long pagesOk) {

    static NightSecond of(int second, Night.Phase phase, LoadReport checkout, LoadReport storefront, LoadReport crawler) {
        return new NightSecond(second, phase, checkout.total(), checkout.successes(),
                checkout.total() == 0 ? 0 : checkout.p99().toNanos() / 1e6,
                crawler == null ? 0 : crawler.total(), crawler == null ? 0 : crawler.successes(),
                storefront.total(), storefront.successes());
    }

    /** Percent, or -1 when no checkout started in that second (a gap in a chart, not a zero). */
    public double checkoutOkPercent() {
        return checkouts == 0 ? -1 : 100.0 * checkoutsOk / checkouts;
    }

    /** Percent, or -1 when the crawler sent nothing in that second. */
    public double recommendationsOkPercent() {
        return recommendations == 0 ? -1 : 100.0 * recommendationsOk / recommendations;
    }
}
