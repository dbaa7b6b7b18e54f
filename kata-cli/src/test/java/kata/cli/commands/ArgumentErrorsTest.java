package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestKata;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

/** Wrong arguments: exit code 2, a clear message on stderr, what would have been right, no stack trace. */
class ArgumentErrorsTest {

    private final TestKata kata = new TestKata(TestRepo.freshClone("args"));

    @Test
    void unknownCommand() {
        assertThat(kata.run("chekc")).isEqualTo(2);
        assertThat(kata.err())
                .contains("kata: unknown command 'chekc'. Commands: status, check, watch, hint, doctor, prefetch, demo, diff, solution")
                .contains("check")
                .doesNotContain("Exception");
    }

    @Test
    void unknownStep() {
        assertThat(kata.run("check", "step-09-nope")).isEqualTo(2);
        assertThat(kata.err()).contains("kata: unknown step 'step-09-nope'. Steps: step-01-monolith, step-02-extract-service");
        assertThat(kata.maven.runs).isEmpty();
    }

    @Test
    void unknownTarget() {
        assertThat(kata.run("hint", "makeItFaster")).isEqualTo(2);
        assertThat(kata.err()).contains("kata: unknown target 'makeItFaster'. Targets of step-01-monolith: 1 SeamsTest.");
    }

    @Test
    void unknownTargetNumber() {
        assertThat(kata.run("hint", "7")).isEqualTo(2);
        assertThat(kata.err()).contains("unknown target '7'");
    }

    @Test
    void unknownDemo() {
        assertThat(kata.run("demo", "tonight")).isEqualTo(2);
        assertThat(kata.err()).contains("unknown demo 'tonight'. Choose one of: outage, survive");
        assertThat(kata.demosRun).isEmpty();
    }

    @Test
    void missingArgument() {
        assertThat(kata.run("solution")).isEqualTo(2);
        assertThat(kata.err()).contains("Missing required parameter: 'STEP'").contains("./kata solution --help");
    }

    @Test
    void tooManyArguments() {
        assertThat(kata.run("check", "1", "2")).isEqualTo(2);
        assertThat(kata.err()).contains("Unmatched argument");
    }

    @Test
    void unknownOption() {
        assertThat(kata.run("status", "--colour")).isEqualTo(2);
        assertThat(kata.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void solutionOfAStepThatHasNone() {
        assertThat(kata.run("solution", "2")).isEqualTo(2);
        assertThat(kata.err()).contains("step-02-extract-service has no solution in this repository yet");
    }

    @Test
    void helpIsNotAnError() {
        assertThat(kata.run("--help")).isZero();
        assertThat(kata.out()).contains("Usage: ./kata").contains("doctor").contains("prefetch");
        assertThat(kata.run("check", "--help")).isZero();
        assertThat(kata.out()).contains("Usage: ./kata check").contains("STEP");
    }
}
