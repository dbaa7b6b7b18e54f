package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestKata;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

class SolutionCommandTest {

    private final TestKata kata = new TestKata(TestRepo.freshClone("solution"));

    @Test
    void showsWhereTheSolutionIsAndAsksBeforeTheDiff() {
        kata.interactive = true;

        assertThat(kata.run("solution", "1")).isZero();

        assertThat(kata.out()).contains("The solution of step-01-monolith: solutions/step-01-monolith/src/main")
                .contains("Your code:        step-01-monolith/src/main")
                .contains("Not shown.");
        assertThat(kata.questionsAsked).hasSize(1);
        assertThat(kata.diffsShown).isEmpty();
    }

    @Test
    void theDiffAfterAYes() {
        kata.interactive = true;
        kata.answer = true;

        kata.run("solution", "step-01-monolith");

        assertThat(kata.diffsShown).containsExactly("step-01-monolith/src/main -> solutions/step-01-monolith/src/main");
    }

    @Test
    void notATerminalNeedsYes() {
        kata.run("solution", "1");
        assertThat(kata.out()).contains("Add --yes to see the diff: ./kata solution step-01-monolith --yes");
        assertThat(kata.questionsAsked).isEmpty();
        assertThat(kata.diffsShown).isEmpty();

        kata.run("solution", "1", "--yes");
        assertThat(kata.diffsShown).hasSize(1);
    }
}
