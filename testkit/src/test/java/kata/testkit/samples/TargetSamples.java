package kata.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import kata.testkit.Exercise;
import org.junit.jupiter.api.Test;

/**
 * Sample tests the testkit's own tests run through the JUnit engine. The class name does not
 * end in "Test", so Surefire never runs it directly.
 */
public class TargetSamples {

    @Test
    @Exercise(hint = "look at the answer", more = "it is 42", readme = "#the-answer")
    void redTarget() {
        assertThat(41).as("the answer").isEqualTo(42);
    }

    @Test
    @Exercise(hint = "already done")
    void greenTarget() {
        assertThat(42).isEqualTo(42);
    }

    @Test
    @Exercise(hint = "an error is not the red a hint promises")
    void erroringTarget() {
        throw new IllegalStateException("not built yet");
    }

    @Test
    void givenGreen() {
        assertThat("given").isNotEmpty();
    }

    @Test
    void givenRed() {
        assertThat("given").isEmpty();
    }
}
