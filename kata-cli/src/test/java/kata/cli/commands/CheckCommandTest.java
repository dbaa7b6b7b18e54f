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

        assertThat(kata.out())
                .contains("Running the tests of step-01-monolith  (log: target/kata/last-check.log)")
                .contains("building step 01 - the monolith (starter) [4/4]")
                .contains("2/5 targets")
                .contains("step-01-monolith is red: 2/3 targets green, 1 given test(s) broken. Full log:"
                        + System.lineSeparator() + "  target/kata/last-check.log")
                .as("testkit's verdict counts differently from the board: not echoed")
                .doesNotContain("kata: step-01-monolith (starter)");
    }

    @Test
    void onlyTheStepsOwnTestsRunTheModulesItDependsOnAreBuiltNotTested() {
        kata.maven.exitCode = 1;
        kata.run("check");

        assertThat(kata.maven.runs).containsExactly(List.of("-B", "test", "-pl", "step-01-monolith", "-am",
                "-Dkata.contract=false", "-Dtest=kata.webshop.DegradationTest,kata.webshop.SeamsTest",
                "-Dsurefire.failIfNoSpecifiedTests=false",
                "-Dkata.testJvmFlags=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
                "-DforkCount=1.5C", "-Dsurefire.runOrder=balanced", "-Dkata.forkFolders=true"));
    }

    @Test
    void theFirstRedTargetsHintAppearsAsSoonAsSurefireReportsIt() {
        kata.maven.exitCode = 1;
        kata.maven.output = List.of("[INFO] Running kata.webshop.DegradationTest",
                "[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 1 s <<< FAILURE! -- in kata.webshop.DegradationTest",
                "[ERROR] kata.webshop.DegradationTest.storefrontStillSellsWhenTheEngineFails -- Time elapsed: 0.2 s <<< FAILURE!",
                "[INFO] Running kata.webshop.SeamsTest",
                "[ERROR] kata.webshop.SeamsTest.onlyTheRecommendationsPackageTouchesTheEngine -- Time elapsed: 0.1 s <<< FAILURE!");

        kata.run("check");

        String out = kata.out();
        assertThat(out).contains("First red target: 3. DegradationTest.storefrontStillSellsWhenTheEngineFails")
                .contains("  Hint: An exception from the engine becomes a 500.");
        assertThat(out.indexOf("First red target")).as("printed once, before the board")
                .isEqualTo(out.lastIndexOf("First red target")).isLessThan(out.indexOf("your progress"));
    }

    @Test
    void theStepsFigureIsShownUnderTheBoard() {
        kata.maven.exitCode = 1;
        kata.maven.sideEffect = () -> kata.repo.results("step-01-monolith", "step-01-two-green.json");
        kata.maven.output = List.of("[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 1 s"
                        + " <<< FAILURE! -- in kata.webshop.SeamsTest",
                "3 AM, the monolith: checkout ok before 100.0 % (p99 9 ms, n=170) | during the leak 43.1 % (p99 812 ms, n=40)"
                        + " | after the crash 0.0 % (p99 1 ms, n=106); died of OutOfMemoryError",
                "checkout success during the leak (crawler's start to the end of the night): monolith 12.5 % -> services 100.0 %");

        kata.run("check");

        String out = kata.out();
        assertThat(out).contains("The figure: checkout success during the leak: monolith 12.5 % -> services 100.0 %");
        assertThat(out.indexOf("The figure")).isGreaterThan(out.indexOf("your progress"));
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
