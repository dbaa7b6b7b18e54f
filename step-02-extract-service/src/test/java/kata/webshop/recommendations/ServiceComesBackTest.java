package kata.webshop.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import kata.testkit.Exercise;
import org.junit.jupiter.api.Test;

/**
 * When the recommendation service is back, the shop uses it again at once: no restart, no
 * configuration change, no failure state that sticks (step README, "Run both by hand").
 */
class ServiceComesBackTest {

    /** Was 300 ms, the shop's read timeout: a run beside two other builds failed (first answer > 300 ms). */
    private static final Duration PATIENT_DEADLINE = Duration.ofSeconds(2);

    private static final String ANSWER = """
            {"userId":"u-1","recommendations":[{"sku":"BACKUP-100GB","name":"Backup 100 GB","reason":"popular"}]}""";

    @Test
    @Exercise(hint = "After the service failed, the adapter must simply ask again next time: keep no"
            + " 'it is down' state, and let one HttpClient serve every call.",
            readme = "#target-3-the-http-adapter-keeps-the-ports-promise")
    void aServiceThatIsBackIsUsedAgainOnTheNextCall() {
        AtomicBoolean up = new AtomicBoolean(false);
        Javalin service = Javalin.create(config -> config.routes.get("/recommendations/{userId}", ctx -> {
            if (up.get()) {
                ctx.contentType("application/json").result(ANSWER);
            } else {
                ctx.status(503).result("restarting");
            }
        })).start("127.0.0.1", 0);
        // What is tested is "no state that sticks", not speed: a generous deadline, so that the first
        // answer read on a loaded 2-core machine (cold code, a GC) cannot be mistaken for one.
        try (HttpRecommendations adapter = new HttpRecommendations(URI.create("http://127.0.0.1:" + service.port()),
                Duration.ofMillis(250), PATIENT_DEADLINE)) {
            Throwable whileDown = catchThrowable(() -> adapter.forUser("u-1"));
            up.set(true);

            assertThat(whileDown).as("while the service is down").isInstanceOf(RecommendationsUnavailable.class);
            assertThat(adapter.forUser("u-1")).as("the first call after it is back")
                    .extracting(r -> r.sku()).containsExactly("BACKUP-100GB");
        } finally {
            service.stop();
        }
    }
}
