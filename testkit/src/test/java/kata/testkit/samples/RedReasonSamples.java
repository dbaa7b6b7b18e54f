package kata.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import kata.testkit.Exercise;
import kata.runtime.process.ChildJvm;
import kata.runtime.process.DiesOfTodo;
import kata.runtime.process.ExitsWithSeven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Targets that are red for a reason the contract accepts (a TODO, an awaited assertion) or
 * rejects (a child JVM that cannot start, a broken set-up or clean-up). Run by the testkit's own
 * tests through the JUnit engine; the class name does not end in "Test", so Surefire never runs it.
 */
public class RedReasonSamples {

    @Test
    @Exercise(hint = "build the answer")
    void todoTarget() {
        throw new UnsupportedOperationException("TODO step 09: build the answer");
    }

    @Test
    @Exercise(hint = "the answer comes, eventually")
    void awaitedAssertionTarget() {
        await().atMost(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(41).as("the answer").isEqualTo(42));
    }

    @Test
    @Exercise(hint = "the state comes, eventually")
    void awaitedConditionTarget() {
        await().atMost(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(50)).until(() -> false);
    }

    @Test
    @Exercise(hint = "the service's main still throws its TODO")
    void childDiesOfTodoTarget() {
        try (ChildJvm service = ChildJvm.builder("sample-dies-of-todo", DiesOfTodo.class).start()) {
            assertThat(service.isAlive()).isTrue();
        }
    }

    @Test
    @Exercise(hint = "a harness that cannot start its service proves nothing")
    void childCannotStartTarget() {
        try (ChildJvm service = ChildJvm.builder("sample-cannot-start", ExitsWithSeven.class).start()) {
            assertThat(service.isAlive()).isTrue();
        }
    }

    /** A target whose set-up breaks before the test runs, like a port that is already taken. */
    public static class BrokenSetUp {

        @BeforeEach
        void startTheService() {
            throw new IllegalStateException("port 7070 already in use");
        }

        @Test
        @Exercise(hint = "never reached")
        void target() {
            assertThat(41).isEqualTo(42);
        }
    }

    /** A red target whose clean-up breaks afterwards. */
    public static class BrokenCleanUp {

        @AfterEach
        void stopTheService() {
            throw new IllegalStateException("cannot stop the service");
        }

        @Test
        @Exercise(hint = "red as expected, but the clean-up is broken")
        void target() {
            assertThat(41).isEqualTo(42);
        }
    }
}
