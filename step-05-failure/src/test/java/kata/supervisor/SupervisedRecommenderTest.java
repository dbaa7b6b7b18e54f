package kata.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kata.recommender.RecommenderApp;
import kata.runtime.http.FreePort;
import kata.runtime.http.TestHttp;
import kata.testkit.Exercise;
import org.junit.jupiter.api.Test;

/**
 * Target 5, the 3 AM night in small: the recommendation service leaks until its own heap is
 * gone, dies of it ({@code -XX:+ExitOnOutOfMemoryError}, exit code 3) - and is back, serving,
 * seconds later, without anyone woken. Until {@code /ready} answers it is down for its clients.
 */
class SupervisedRecommenderTest {

    @Test
    @Exercise(hint = "A crash must be followed by a restart: RestartPolicy.afterCrash returns the wait, not empty.",
            readme = "#target-5-supervision")
    void theRecommendationServiceDiesOfItsLeakAndIsBackServingSecondsLater() {
        int port = FreePort.onLoopback();
        TestHttp service = TestHttp.to(port);
        Runs runs = new Runs();
        RestartPolicy policy = new RestartPolicy(Duration.ofMillis(200), Duration.ofSeconds(5), 5, Duration.ofSeconds(60));
        List<String> command = Runs.java(RecommenderApp.class.getName());
        try (Supervisor supervisor = Runs.supervise(command, Map.of("PORT", String.valueOf(port),
                "LEAK_BYTES_PER_CALL", String.valueOf(256 * 1024)), policy, runs)) {
            await("the service's first start").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> service.tryGet("/ready", Duration.ofSeconds(1)).status() == 200);

            // the crawler: every call leaks 256 KB; the 48 MB heap is gone within a few hundred calls
            await("the leak killing the service").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1))
                    .until(() -> service.tryGet("/recommendations/u-" + System.nanoTime() % 50, Duration.ofSeconds(1))
                            .status() != 200 && runs.story().contains("ended 3"));
            await("the service back and ready (or the supervisor giving up)").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> supervisor.gaveUp() || service.tryGet("/ready", Duration.ofSeconds(1)).status() == 200);

            assertThat(runs.story()).as("what the supervisor did").startsWith("started", "ended 3", "started");
            assertThat(service.tryGet("/recommendations/u-after", Duration.ofSeconds(2)).status())
                    .as("recommendations from the restarted service").isEqualTo(200);
        }
    }
}
