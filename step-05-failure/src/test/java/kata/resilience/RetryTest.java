package kata.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kata.runtime.http.HttpResult;
import kata.testkit.Exercise;
import kata.testkit.stub.StubServer;
import kata.webshop.resilience.ResilienceSettings;
import org.junit.jupiter.api.Test;

/**
 * Target 3: a read that fails is tried again - at most three attempts, within a time budget,
 * after a random wait between 0 and a ceiling that doubles (base 200 ms): exponential backoff
 * with full jitter.
 */
class RetryTest {

    private static final Duration BASE = Duration.ofMillis(200);
    private static final Duration CAP = Duration.ofMillis(800);
    /**
     * Time for the round trip of a failed attempt, on top of the wait itself: measured 2-12 ms with
     * 4 pages at once on an idle 2-core machine, allowed 80 for a busy one. (The failure is a bare
     * 503: with a body, TCP's delayed acknowledgement added 40 ms to every other wait.)
     */
    private static final long OVERHEAD_MS = 80;

    private static ResilienceSettings retrying(int attempts, Duration base, Duration cap, Duration budget) {
        return Defences.none().retry(attempts, base, cap, budget).settings();
    }

    /** Fails the first {@code failures} requests for each user, then recommends. */
    private static StubServer failingFirst(int failures) {
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        return StubServer.answering(request -> seen.computeIfAbsent(request.rawPath(), path -> new AtomicInteger())
                .incrementAndGet() <= failures
                ? StubServer.Answer.status(503)
                : StubServer.Answer.json(200, ResilientShop.RECOMMENDATIONS));
    }

    @Test
    @Exercise(hint = "Catch RecommendationsUnavailable, wait, try again - up to maxAttempts attempts in all.",
            readme = "#target-3-retries-with-backoff-and-jitter")
    void aReadThatFailsOnceIsTriedAgainAndThePageHasItsRecommendations() {
        try (StubServer service = failingFirst(1);
             ResilientShop shop = ResilientShop.start(service, retrying(3, BASE, CAP, Duration.ofSeconds(2)))) {
            for (int i = 0; i < 5; i++) {
                assertThat(ResilientShop.withRecommendations(shop.storefront("u-" + i))).as("page %d", i).isTrue();
            }
            assertThat(service.received()).as("calls: a failure and a success per page").hasSize(10);
        }
    }

    @Test
    @Exercise(hint = "Wait a random time between 0 and min(cap, base x 2^(attempt-1)) - not base, not half of it"
            + " plus a random half: anywhere from zero.",
            more = "ThreadLocalRandom.current().nextLong(ceiling + 1), and the ceiling doubles per attempt.",
            readme = "#target-3-retries-with-backoff-and-jitter")
    void theWaitsAreRandomFromZeroAndTheirCeilingDoubles() throws Exception {
        int users = 40;
        try (StubServer service = failingFirst(2);
             ResilientShop shop = ResilientShop.start(service, retrying(3, BASE, CAP, Duration.ofSeconds(3)))) {
            List<HttpResult> pages = new ArrayList<>();
            for (int batch = 0; batch < users / 4; batch++) {
                int first = batch * 4;
                pages.addAll(Pages.atOnce(4, i -> shop.storefront("u-" + (first + i))));
            }
            assertThat(pages).as("pages, after two failures each").allMatch(ResilientShop::withRecommendations);

            List<Long> firstWaits = new ArrayList<>();
            List<Long> secondWaits = new ArrayList<>();
            for (int user = 0; user < users; user++) {
                String path = "/recommendations/u-" + user;
                List<StubServer.Request> attempts = service.received().stream().filter(r -> r.rawPath().equals(path)).toList();
                assertThat(attempts).as("attempts for %s", path).hasSize(3);
                firstWaits.add(Duration.between(attempts.get(0).receivedAt(), attempts.get(1).receivedAt()).toMillis());
                secondWaits.add(Duration.between(attempts.get(1).receivedAt(), attempts.get(2).receivedAt()).toMillis());
            }
            // nine in ten under the ceiling: the tenth may be a wait that a busy machine made longer
            assertThat(firstWaits.stream().filter(wait -> wait <= BASE.toMillis() + OVERHEAD_MS))
                    .as("waits before the 2nd attempt (ms) at most the base, %s: %s", BASE, firstWaits)
                    .hasSizeGreaterThanOrEqualTo(users * 9 / 10);
            assertThat(secondWaits.stream().filter(wait -> wait <= 2 * BASE.toMillis() + OVERHEAD_MS))
                    .as("waits before the 3rd attempt (ms) at most twice the base: %s", secondWaits)
                    .hasSizeGreaterThanOrEqualTo(users * 9 / 10);
            assertThat(firstWaits.stream().filter(wait -> wait < BASE.toMillis() / 2))
                    .as("full jitter: of %d first waits, some well under half the base; waits %s", users, firstWaits)
                    .hasSizeGreaterThanOrEqualTo(3);
            double first = firstWaits.stream().mapToLong(Long::longValue).average().orElseThrow();
            double second = secondWaits.stream().mapToLong(Long::longValue).average().orElseThrow();
            assertThat(second).as("the ceiling doubles: the mean second wait (%.0f ms) against the first (%.0f ms)",
                    second, first).isGreaterThan(1.2 * first);
        }
    }

    @Test
    @Exercise(hint = "Stop at maxAttempts, and never start a wait that the budget cannot hold.",
            readme = "#target-3-retries-with-backoff-and-jitter")
    void attemptsAndTimeAreCapped() {
        try (StubServer failing = StubServer.answering(request -> StubServer.Answer.json(500, "{}"));
             ResilientShop shop = ResilientShop.start(failing, retrying(3, BASE, CAP, Duration.ofSeconds(3)))) {
            for (int i = 0; i < 4; i++) {
                assertThat(ResilientShop.withoutRecommendations(shop.storefront("u-" + i))).as("page %d", i).isTrue();
            }
            assertThat(failing.received()).as("calls: three attempts per page, never more").hasSize(12);
        }
        Duration budget = Duration.ofMillis(700);
        try (StubServer hung = StubServer.answering(request -> StubServer.Answer.hang());
             ResilientShop shop = ResilientShop.start(hung, retrying(5, Duration.ofMillis(50), Duration.ofMillis(100), budget))) {
            HttpResult page = shop.storefront("u-hung");

            assertThat(ResilientShop.withoutRecommendations(page)).as("the page, the service hung").isTrue();
            assertThat(page.elapsed()).as("five attempts of 300 ms would take 1.5 s; the budget is %s, and an"
                    + " attempt begun within it ends by its read timeout", budget).isLessThan(Duration.ofMillis(1300));
        }
    }
}
