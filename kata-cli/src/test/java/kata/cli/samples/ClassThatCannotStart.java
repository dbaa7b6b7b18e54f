package kata.cli.samples;

import kata.testkit.Exercise;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sample, run only through the launcher by {@code ContainerFailureTest} (its name keeps
 * Surefire away): a class whose {@code @BeforeAll} throws - as when the learner's service no
 * longer starts - so JUnit reports none of its tests.
 */
public class ClassThatCannotStart {

    @BeforeAll
    static void startTheService() {
        throw new IllegalStateException("the recommendation service did not start");
    }

    @Test
    @Exercise(hint = "the service answers", readme = "#target-1-sample")
    void theServiceAnswers() {
    }
}
