package kata.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import kata.runtime.http.HttpResult;
import kata.testkit.Exercise;
import kata.testkit.stub.StubServer;
import kata.webshop.resilience.ResilienceSettings;
import org.junit.jupiter.api.Test;

/**
 * Target 2: a hung recommendation service holds at most four of the shop's request threads;
 * every other page is refused a place at once and shows itself without suggestions, instead of
 * waiting out a read timeout in a queue - and a checkout among them keeps its budget.
 */
class BulkheadTest {

    private static final int PLACES = 4;
    private static final int PAGES = 24;
    /** The shop's read timeout (WebShopApp.READ_TIMEOUT): a page that waited for a place took at least this. */
    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);
    /** Checkout never waits for recommendations: its own work, and the provisioning call, well within a second. */
    private static final Duration CHECKOUT_BUDGET = Duration.ofSeconds(1);

    @Test
    @Exercise(hint = "A Semaphore with 4 permits: tryAcquire (never acquire: that waits), CallNotMade when there"
            + " is none, release in a finally.",
            more = "Waiting for a place is the failure this pattern prevents: a page that waits for a hung service"
                    + " holds its thread just as if it had called it.",
            readme = "#target-2-a-bulkhead")
    void aHungServiceHoldsAtMostTheBulkheadsPlacesAndTheOtherPagesAnswerAtOnce() throws Exception {
        ResilienceSettings settings = Defences.none().bulkhead(PLACES).settings();
        // Hung for recommendations; the purchase a checkout reports (a POST) and the warm-up page it
        // answers at once: a hung request stays open at the stub after the shop gave up on it, and
        // would count among the calls held at once.
        try (StubServer hung = StubServer.answering(request -> request.method().equals("POST")
                ? StubServer.Answer.status(204)
                : request.rawPath().endsWith("/u-warm-up") ? StubServer.Answer.json(200, ResilientShop.RECOMMENDATIONS)
                : StubServer.Answer.hang());
             ResilientShop shop = ResilientShop.start(hung, settings)) {

            shop.storefront("u-warm-up"); // the page's code paths warm, outside the measurement
            shop.checkout();
            // the pages, and one checkout among them
            List<HttpResult> answers = Pages.atOnce(PAGES + 1, i -> i == PAGES ? shop.checkout() : shop.storefront("u-" + i));
            List<HttpResult> pages = answers.subList(0, PAGES);
            HttpResult checkout = answers.get(PAGES);

            List<Duration> fastest = pages.stream().map(HttpResult::elapsed).sorted().limit(PAGES - PLACES).toList();
            System.out.printf("bulkhead: %d pages at once, the service hung: the %d refused a place answered in"
                    + " %d-%d ms; a checkout among them in %d ms%n", PAGES, PAGES - PLACES, fastest.get(0).toMillis(),
                    fastest.get(fastest.size() - 1).toMillis(), checkout.elapsed().toMillis());
            assertThat(hung.mostRequestsAtOnce("GET")).as("recommendation calls the hung service held at once")
                    .isLessThanOrEqualTo(PLACES);
            assertThat(pages).as("every page answers, without recommendations").allMatch(ResilientShop::withoutRecommendations);
            assertThat(fastest.get(fastest.size() - 1)).as("the %d pages refused a place answered before a read timeout"
                    + " (%s): they did not wait for one; times %s", PAGES - PLACES, READ_TIMEOUT, fastest)
                    .isLessThan(READ_TIMEOUT);
            assertThat(checkout.status()).as("the checkout among the pages").isEqualTo(201);
            assertThat(checkout.elapsed()).as("checkout's budget, the service hung and the pages in flight (45-107 ms"
                    + " measured on an idle machine: a busy one has room)").isLessThan(CHECKOUT_BUDGET);
            assertThat(ResilientShop.withoutRecommendations(shop.storefront("u-after")))
                    .as("a page after the flood: the places were given back").isTrue();
            assertThat(hung.received().stream().filter(r -> r.method().equals("GET") && !r.rawPath().endsWith("/u-warm-up")))
                    .as("recommendation calls made in all: the four, and the one after").hasSizeLessThanOrEqualTo(PLACES + 1);
        }
    }
}
