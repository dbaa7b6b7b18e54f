package kata.cli.samples;

import java.util.stream.Stream;
import kata.testkit.Exercise;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A sample (see {@link ClassThatCannotStart}): a parameterized target whose cases cannot be made. */
public class ArgumentsThatCannotBeMade {

    static Stream<String> misbehaviours() {
        throw new IllegalStateException("no misbehaviours today");
    }

    @ParameterizedTest
    @MethodSource("misbehaviours")
    @Exercise(hint = "every misbehaviour is survived", readme = "#target-2-sample")
    void everyMisbehaviourIsSurvived(String misbehaviour) {
    }
}
