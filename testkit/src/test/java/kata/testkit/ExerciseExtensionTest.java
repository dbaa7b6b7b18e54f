package kata.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;
import kata.testkit.samples.RedReasonSamples;
import kata.testkit.samples.TargetSamples;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class ExerciseExtensionTest {

    @Test
    void aRedTargetFailsWithItsHintForTheLearner() {
        try (var mode = SystemProperties.set("kata.role", "starter", "kata.step", "step-09-sample", "kata.contract", "false")) {
            run("redTarget").assertThatEvents().haveExactly(1, event(test("redTarget"),
                    finishedWithFailure(instanceOf(ExerciseFailure.class),
                            message(m -> m.contains("the answer") && m.contains("Hint: look at the answer")
                                    && m.contains("Read: step-09-sample/README.md#the-answer")))));
        }
    }

    @Test
    void anErrorInATargetKeepsItsTypeInTheMessage() {
        try (var mode = SystemProperties.set("kata.role", "solution", "kata.step", "step-09-sample")) {
            run("erroringTarget").assertThatEvents().haveExactly(1, event(test("erroringTarget"),
                    finishedWithFailure(message(m -> m.startsWith("java.lang.IllegalStateException: not built yet")
                            && m.contains("(solution step-09-sample)")))));
        }
    }

    @Test
    void inTheContractARedTargetIsWhatAStarterShouldBe() {
        try (var mode = contract()) {
            run("redTarget").assertThatEvents().haveExactly(1, event(test("redTarget"), finishedSuccessfully()));
            for (String target : List.of("todoTarget", "awaitedAssertionTarget", "awaitedConditionTarget",
                    "childDiesOfTodoTarget")) {
                run(RedReasonSamples.class, target).assertThatEvents().as(target)
                        .haveExactly(1, event(test(target), finishedSuccessfully()));
            }
        }
    }

    @Test
    void inTheContractAnErrorThatIsNeitherAnAssertionNorATodoFailsNamingStepTestAndCause() {
        try (var mode = contract()) {
            run("erroringTarget").assertThatEvents().haveExactly(1, event(test("erroringTarget"), finishedWithFailure(
                    message(m -> m.startsWith("step-09-sample: target TargetSamples.erroringTarget is red for the wrong reason:"
                            + " IllegalStateException: not built yet")))));
        }
    }

    @Test
    void inTheContractAChildJvmThatCannotStartFailsNamingIt() {
        try (var mode = contract()) {
            run(RedReasonSamples.class, "childCannotStartTarget").assertThatEvents().haveExactly(1, event(test("childCannotStartTarget"),
                    finishedWithFailure(message(m -> m.startsWith("step-09-sample: target RedReasonSamples.childCannotStartTarget"
                            + " is red for the wrong reason: ChildStartException: sample-cannot-start died while starting")))));
        }
    }

    @Test
    void inTheContractABrokenSetUpOrCleanUpFailsNamingIt() {
        try (var mode = contract()) {
            run(RedReasonSamples.BrokenSetUp.class, "target").assertThatEvents().haveExactly(1, event(test("target"),
                    finishedWithFailure(message(m -> m.startsWith("step-09-sample: target BrokenSetUp.target cannot run:"
                            + " its @BeforeEach failed with IllegalStateException: port 7070 already in use")))));
            run(RedReasonSamples.BrokenCleanUp.class, "target").assertThatEvents().haveExactly(1, event(test("target"),
                    finishedWithFailure(message(m -> m.startsWith("step-09-sample: target BrokenCleanUp.target cannot run:"
                            + " its @AfterEach failed with IllegalStateException: cannot stop the service")))));
        }
    }

    @Test
    void inTheContractATargetThatPassesOnTheStarterFailsNamingStepAndTest() {
        try (var mode = SystemProperties.set("kata.role", "starter", "kata.step", "step-09-sample", "kata.contract", "true")) {
            run("greenTarget").assertThatEvents().haveExactly(1, event(test("greenTarget"), finishedWithFailure(
                    message(m -> m.startsWith("step-09-sample: target TargetSamples.greenTarget already passes on the starter")))));
        }
    }

    @Test
    void givenTestsAreNeverInverted() {
        try (var mode = SystemProperties.set("kata.role", "starter", "kata.contract", "true")) {
            run("givenRed").assertThatEvents().haveExactly(1, event(test("givenRed"), finishedWithFailure()));
            run("givenGreen").assertThatEvents().haveExactly(1, event(test("givenGreen"), finishedSuccessfully()));
        }
    }

    @Test
    void contractModeIsAutomaticOnlyForStartersInAWholeReactorBuild() {
        String[] wholeBuild = {"kata.contract", "auto", "kata.wholeReactor", "true", "kata.buildRoot", KataMode.ROOT_ARTIFACT};
        try (var mode = SystemProperties.set(wholeBuild); var starter = SystemProperties.set("kata.role", "starter")) {
            assertThat(KataMode.current().contract()).isTrue();
        }
        try (var mode = SystemProperties.set(wholeBuild); var solution = SystemProperties.set("kata.role", "solution")) {
            assertThat(KataMode.current().contract()).isFalse();
        }
        try (var mode = SystemProperties.set(wholeBuild);
             var focused = SystemProperties.set("kata.role", "starter", "kata.wholeReactor", "false")) {
            assertThat(KataMode.current().contract()).as("-pl selects modules").isFalse();
        }
        try (var mode = SystemProperties.set(wholeBuild);
             var inModule = SystemProperties.set("kata.role", "starter", "kata.buildRoot", "step-01-monolith")) {
            assertThat(KataMode.current().contract()).as("mvn run inside the step folder").isFalse();
        }
    }

    /** Contract mode for a starter of a made-up step. */
    private static SystemProperties contract() {
        return SystemProperties.set("kata.role", "starter", "kata.step", "step-09-sample", "kata.contract", "true");
    }

    private static Events run(String method) {
        return run(TargetSamples.class, method);
    }

    private static Events run(Class<?> samples, String method) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(samples, method))
                .execute()
                .testEvents();
    }
}
