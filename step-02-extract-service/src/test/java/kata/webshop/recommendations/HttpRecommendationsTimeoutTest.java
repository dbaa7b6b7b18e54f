package kata.webshop.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import kata.stub.Misbehaviour;
import kata.stub.StubServer;
import kata.testkit.Exercise;
import kata.testkit.http.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTTP adapter against real misbehaving servers on loopback: whatever the recommendation
 * service does wrong, the port's promise holds - "unavailable" within the time budget.
 */
class HttpRecommendationsTimeoutTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(250);
    private static final Duration READ_TIMEOUT = Duration.ofMillis(300);
    /** Room for a busy laptop's scheduler, not for the adapter: nothing here should need it. */
    private static final Duration HEADROOM = Duration.ofMillis(250);
    /** How long we watch an adapter without timeouts hang before calling it a failure. */
    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private StubServer service;

    @BeforeAll
    static void loadTheHttpAndJsonClassesOutsideAnyTiming() throws Exception {
        // A JVM's first HTTP call and first JSON parse load hundreds of classes; a running shop
        // paid that long ago, so the timings below should not.
        try (StubServer warmUp = StubServer.answering(request -> StubServer.Answer.json(200, "{}"))) {
            TestHttp.to(warmUp.uri()).get("/warm-up");
        }
        new ObjectMapper().readTree("{\"warm\":[1]}");
    }

    @AfterEach
    void stopTheService() {
        if (service != null) {
            service.close();
        }
    }

    @ParameterizedTest(name = "a service that {0}: unavailable within the budget")
    @EnumSource(Misbehaviour.class)
    @Exercise(hint = "HttpRecommendations.forUser must turn every failure of the service - refused, hung,"
            + " 500, malformed JSON, too slow - into RecommendationsUnavailable, within the read timeout.",
            more = "One HttpClient built with connectTimeout(...) and version(HTTP_1_1); every request gets"
                    + " .timeout(readTimeout). Catch HttpTimeoutException and IOException (Jackson's"
                    + " JsonProcessingException is one); treat every status but 200 as unavailable.",
            readme = "#target-3-the-http-adapter-keeps-the-ports-promise")
    void aMisbehavingServiceIsUnavailableWithinTheBudget(Misbehaviour misbehaviour) {
        service = misbehaviour.start(READ_TIMEOUT);
        HttpRecommendations adapter = new HttpRecommendations(service.uri(), CONNECT_TIMEOUT, READ_TIMEOUT);

        Outcome outcome = assertTimeoutPreemptively(PATIENCE, () -> Outcome.of(() -> adapter.forUser("u-1")));

        assertThat(outcome.thrown()).as("what forUser reported when the service %s", misbehaviour)
                .isInstanceOf(RecommendationsUnavailable.class);
        assertThat(outcome.elapsed()).as("how long forUser took when the service %s (read timeout %d ms)",
                misbehaviour, READ_TIMEOUT.toMillis()).isLessThan(READ_TIMEOUT.plus(HEADROOM));
    }

    @ParameterizedTest(name = "a service that {0}: purchased(...) returns at once")
    @EnumSource(Misbehaviour.class)
    @Exercise(hint = "HttpRecommendations.purchased must return at once and never throw, whatever the service"
            + " does: checkout calls it, and a lost recommendation signal must never cost an order.",
            more = "Build the POST and hand it to client.sendAsync(...); log a failure in whenComplete.",
            readme = "#target-3-the-http-adapter-keeps-the-ports-promise")
    void purchasedNeverBlocksNorThrows(Misbehaviour misbehaviour) {
        service = misbehaviour.start(READ_TIMEOUT);
        HttpRecommendations adapter = new HttpRecommendations(service.uri(), CONNECT_TIMEOUT, READ_TIMEOUT);

        Outcome outcome = assertTimeoutPreemptively(PATIENCE,
                () -> Outcome.of(() -> adapter.purchased("c-1", List.of("VPS-SSD-4GB"))));

        assertThat(outcome.thrown()).as("what purchased(...) threw when the service %s", misbehaviour).isNull();
        assertThat(outcome.elapsed()).as("how long checkout waited in purchased(...) when the service %s", misbehaviour)
                .isLessThan(HEADROOM);
    }

    /** What a call did: how long it took, and what it threw ({@code null}: it returned). */
    private record Outcome(Duration elapsed, Throwable thrown) {
        static Outcome of(Runnable call) {
            long started = System.nanoTime();
            Throwable thrown = catchThrowable(call::run);
            return new Outcome(Duration.ofNanos(System.nanoTime() - started), thrown);
        }
    }
}
