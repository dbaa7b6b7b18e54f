package kata.runtime.night;

import java.util.List;
import java.util.Locale;
import kata.runtime.load.LoadReport;

/**
 * One second of the {@link FinalNight}, as it ends: the requests sent in it and how many were
 * answered well so far (a slow answer may still come), and what happened in it.
 *
 * @param second seconds since the night started: 0, 1, 2, ...
 * @param events what happened in this second, e.g. "shop-b killed"
 */
public record FinalNightSecond(int second, long checkouts, long checkoutsOk, double checkoutP99Millis,
                               long recommendations, long recommendationsOk, long pages, long pagesOk,
                               List<String> events) {

    static FinalNightSecond of(int second, LoadReport checkout, LoadReport crawler, LoadReport storefront,
                               List<String> events) {
        return new FinalNightSecond(second, checkout.total(), checkout.successes(),
                checkout.total() == 0 ? 0 : checkout.p99().toNanos() / 1e6, crawler.total(), crawler.successes(),
                storefront.total(), storefront.successes(), List.copyOf(events));
    }

    /** E.g. {@code  10 s  checkout  38/40  p99  242 ms  recs   0/20  pages 10/10 shop-b killed}: under 100 columns. */
    public String line() {
        String line = String.format(Locale.ROOT, "%3d s  checkout %3d/%-3d p99 %4.0f ms  recs %3d/%-3d pages %2d/%-2d",
                second, checkoutsOk, checkouts, checkoutP99Millis, recommendationsOk, recommendations, pagesOk, pages);
        return events.isEmpty() ? line.stripTrailing() : line + " " + String.join(", ", events);
    }
}
