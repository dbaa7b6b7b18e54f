package kata.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kata.testkit.Exercise;
import org.junit.jupiter.api.Test;

/**
 * Target 5: a crashed service is started again, after a wait that doubles; a crash loop is
 * given up on; a crash long ago is forgiven. Real processes, started and ended by the
 * {@link Supervisor}; the {@link RestartPolicy} decides.
 */
class SupervisorTest {

    /** A JVM takes a few hundred ms to start and end on a busy machine: waits are measured from the end it saw. */
    private static final Duration SLACK = Duration.ofMillis(400);

    @Test
    @Exercise(hint = "After the n-th crash in the window wait firstWait x 2^(n-1), at most longestWait; at"
            + " crashesInALoop crashes in the window, return Optional.empty(): give up.",
            more = "Keep the times of the crashes in a Deque; drop those older than the window before you count.",
            readme = "#target-5-supervision")
    void aCrashingServiceIsStartedAgainAfterWaitsThatDoubleUntilItCrashLoops() {
        Runs runs = new Runs();
        RestartPolicy policy = new RestartPolicy(Duration.ofMillis(200), Duration.ofSeconds(5), 4, Duration.ofSeconds(60));
        try (Supervisor supervisor = Runs.supervise(Runs.java(CrashesAtOnce.class.getName()), Map.of(), policy, runs)) {
            await("the supervisor giving up").atMost(Duration.ofSeconds(30)).until(supervisor::gaveUp);

            assertThat(runs.starts()).as("runs: the first and three restarts; the fourth crash is a loop: %s",
                    runs.story()).isEqualTo(4);
            List<Duration> waits = runs.waits();
            assertThat(waits).as("the waits before each restart").hasSize(3);
            for (int i = 0; i < 3; i++) {
                Duration nominal = Duration.ofMillis(200L << i);
                assertThat(waits.get(i)).as("wait %d (200 ms doubling): %s", i + 1, waits)
                        .isBetween(nominal, nominal.plus(SLACK));
            }
        }
    }

    @Test
    @Exercise(hint = "Only the crashes of the last loopWindow count: older ones are forgiven, and the wait starts"
            + " again from firstWait.", readme = "#target-5-supervision")
    void crashesLongAgoAreForgivenAndTheWaitStartsShortAgain() {
        Runs runs = new Runs();
        // each run lives 1.2 s, so at most two crashes ever fall within a window of 1.5 s
        RestartPolicy policy = new RestartPolicy(Duration.ofMillis(100), Duration.ofSeconds(5), 3, Duration.ofMillis(1500));
        try (Supervisor supervisor = Runs.supervise(Runs.java(CrashesAfterAWhile.class.getName(), "1200"), Map.of(),
                policy, runs)) {
            await("five runs (or the supervisor giving up)").atMost(Duration.ofSeconds(40))
                    .until(() -> runs.starts() >= 5 || supervisor.gaveUp());

            assertThat(supervisor.gaveUp()).as("gave up on a service that crashes once in 1.2 s, with a window of"
                    + " 1.5 s and a loop at 3 crashes: %s", runs.story()).isFalse();
            assertThat(runs.waits()).as("waits: never more than twice the first (200 ms), the old crashes forgiven")
                    .allSatisfy(wait -> assertThat(wait).isLessThan(Duration.ofMillis(200).plus(SLACK)));
        }
    }
}
