package kata.runtime.night;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kata.runtime.http.HttpResult;
import kata.runtime.load.LoadReport;

/**
 * What customers saw during the {@link FinalNight}: every checkout, storefront page and
 * crawler request, the orders the shop accepted, the requests it shed, and when each event
 * happened.
 *
 * @param accepted       the id of every order a customer was told was taken (201 or 202)
 * @param failures       the failed checkouts, by kind, the most frequent first
 * @param shed           answers that were a 503 with {@code Retry-After}: load the shop refused at once
 * @param endedEarlyOrNull why the night was cut short (the supervisor gave up, ...); {@code null} if it ran its course
 */
public record FinalNightReport(LoadReport checkout, LoadReport storefront, LoadReport crawler, Set<String> accepted,
                               long shed, List<Failure> failures, List<Happened> happened, String endedEarlyOrNull) {

    /**
     * One kind of failed checkout - the same status and answer, numbers aside - how many, and
     * when the first was sent, into the night (status -1: no answer at all).
     */
    public record Failure(int status, String answer, long count, Duration firstSentAt) {

        /** An answer's text without its numbers (ports, ids, milliseconds): two failures alike read alike. */
        static String shortened(String body) {
            String text = body == null ? "" : body.replaceAll("\\s+", " ").replaceAll("\\d+", "N");
            return text.length() > 70 ? text.substring(0, 70) + "..." : text;
        }

        /** The same kind once more: the count grows, the first stays the first. */
        Failure again(Failure ignoredSameKind) {
            return new Failure(status, answer, count + 1, firstSentAt);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d x %s %s (first at %.2f s)", count,
                    status == -1 ? "no answer" : String.valueOf(status), answer, firstSentAt.toMillis() / 1000.0);
        }
    }

    /** An event of the night: what, when it began, when its action returned (a restart waits until the node is ready). */
    public record Happened(String what, Instant at, Instant done) {
    }

    public Optional<String> endedEarly() {
        return Optional.ofNullable(endedEarlyOrNull);
    }

    public Optional<Happened> event(String what) {
        return happened.stream().filter(event -> event.what().equals(what)).findFirst();
    }

    /** Failed checkouts under way while {@code what} happened: e.g. the ones a node had in hand as it was killed. */
    public long checkoutFailuresUnderWay(String what) {
        return event(what).map(event -> checkout.failuresUnderWay(event.at(), event.done())).orElse(0L);
    }

    /** The night's figures, with what only the caller can count: orders provisioned, restarts. */
    public FinalNightFigures figures(String label, String killEvent, long acceptedAndProvisioned, int restarts) {
        return new FinalNightFigures(label, checkout.total(), checkout.failures(), checkoutFailuresUnderWay(killEvent),
                checkout.p99(), accepted.size(), acceptedAndProvisioned, crawler.successRatio(), restarts, shed);
    }
}
