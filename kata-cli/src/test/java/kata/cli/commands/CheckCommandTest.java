package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kata.cli.TestKata;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

/** check with a fake Maven: the arguments, the progress, the exit code from the results file. */
class CheckCommandTest {

    private final TestKata kata = new TestKata(TestRepo.freshClone("check"));

    @Test
    void runsTheCurrentStepsTestsInLearnerModeAndIsRedWhileTargetsAre() {
        kata.maven.exitCode = 1;
        kata.maven.output = List.of("[INFO] Building step 01 - the monolith (starter) 1.0.0-SNAPSHOT   [4/4]",
                "[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 1 s <<< FAILURE! -- in kata.webshop.SeamsTest",
                "kata: step-01-monolith (starter) - 2/3 targets green, 3/4 tests passed");
        kata.maven.sideEffect = () -> kata.repo.results("step-01-monolith", "step-01-two-green.json");

        assertThat(kata.run("check")).isEqualTo(1);

        assertThat(kata.maven.runs).containsExactly(
                List.of("-B", "test", "-pl", "step-01-monolith", "-am", "-Dkata.contract=false"));
        assertThat(kata.out())
                .contains("building step 01 - the monolith (starter) [4/4]")
                .contains("kata: step-01-monolith (starter) - 2/3 targets green")
                .contains("2/5 targets")
                .contains("step-01-monolith is red: 2/3 targets green, 1 given test(s) broken. Full log: target/kata/last-check.log");
    }

    @Test
    void greenWhenEveryTargetOfTheStepPasses() {
        kata.maven.sideEffect = () -> kata.repo.results("step-01-monolith", "step-01-all-green.json");

        assertThat(kata.run("check", "1")).isZero();
        assertThat(kata.out()).contains("step-01-monolith is green: all 3 targets done.")
                .contains("Current step: step-02-extract-service");
    }

    @Test
    void aNamedStep() {
        kata.maven.exitCode = 1;
        kata.run("check", "step-02");

        assertThat(kata.maven.runs.get(0)).contains("step-02-extract-service");
    }

    @Test
    void aBuildThatBreaksBeforeTheTestsShowsTheCompilerErrorsAndTheLog() {
        kata.maven.exitCode = 1;
        kata.maven.output = List.of(
                "[ERROR] /repo/step-01-monolith/src/main/java/kata/webshop/WebShopApp.java:[3,1] class, interface, enum, or record expected");

        assertThat(kata.run("check")).isEqualTo(1);
        assertThat(kata.out())
                .contains("The build failed before the tests of step-01-monolith could run.")
                .contains("WebShopApp.java:[3,1] class, interface, enum, or record expected")
                .contains("Full log: target/kata/last-check.log");
        assertThat(kata.repo.path("target/kata/last-check.log")).exists();
    }
}
