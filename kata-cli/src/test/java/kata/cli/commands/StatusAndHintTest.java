package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestKata;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

class StatusAndHintTest {

    @Test
    void kataAloneShowsTheBoardOfAFreshClone() {
        TestKata kata = new TestKata(TestRepo.freshClone("status"));

        assertThat(kata.run()).as("not green yet: exit code 1, like check").isEqualTo(1);
        assertThat(kata.out()).contains("0/5 targets").contains("<- you are here")
                .contains("Hint: StorefrontRoutes and CheckoutRoutes import RecommendationEngine.");
        assertThat(kata.run("status")).isEqualTo(1);
        assertThat(kata.out()).contains("0/5 targets");
        assertThat(kata.maven.runs).as("the board never builds").isEmpty();
    }

    @Test
    void hintGivesTheNextTargetsHintThenTheDeeperOne() {
        TestKata kata = new TestKata(TestRepo.freshClone("hint"));

        kata.run("hint");
        assertThat(kata.out()).contains("Target 1/3 of step 01").contains("Hint: StorefrontRoutes")
                .doesNotContain("Deeper:").contains("Ask again (./kata hint) for a deeper hint");

        kata.run("hint");
        assertThat(kata.out()).contains("Deeper: Change both constructors to take a Recommendations.");
    }

    @Test
    void aNamedTargetByMethodClassAndMethodOrNumber() {
        TestKata kata = new TestKata(TestRepo.freshClone("hint-named"));

        kata.run("hint", "storefrontStillSellsWhenTheEngineFails");
        assertThat(kata.out()).contains("Target 3/3 of step 01").contains("An exception from the engine becomes a 500.");

        kata.run("hint", "SeamsTest.storefrontAndCheckoutDependOnThePort");
        assertThat(kata.out()).contains("Target 2/3 of step 01");

        kata.run("hint", "2");
        assertThat(kata.out()).contains("Target 2/3 of step 01").contains("Deeper: there is no second hint");

        kata.run("hint", "theShopTimesOutTheCall");
        assertThat(kata.out()).contains("Target 2/2 of step 02").contains("Time out the HTTP call.");
    }

    @Test
    void allTargetsGreenButAGivenTestBrokenIsNotGreen() {
        TestKata kata = new TestKata(TestRepo.create("given-broken")
                .step("step-01-monolith", "SeamsTest", TestRepo.STEP_01_TESTS)
                .write("step-01-monolith/src/test/java/kata/webshop/DegradationTest.java", TestRepo.STEP_01_MORE_TESTS)
                .results("step-01-monolith", "step-01-green-but-given-broken.json"));

        assertThat(kata.run()).isEqualTo(1);
        assertThat(kata.run("hint")).isZero();
        assertThat(kata.out()).contains("a given test is broken").doesNotContain("Every target is green");
    }

    @Test
    void whenEverythingIsGreenThereIsNothingToHint() {
        TestKata kata = new TestKata(TestRepo.create("all-green")
                .step("step-01-monolith", "SeamsTest", TestRepo.STEP_01_TESTS)
                .write("step-01-monolith/src/test/java/kata/webshop/DegradationTest.java", TestRepo.STEP_01_MORE_TESTS)
                .results("step-01-monolith", "step-01-all-green.json"));

        assertThat(kata.run("hint")).isZero();
        assertThat(kata.out()).contains("Every target is green");
        assertThat(kata.run()).as("all green: the only exit code 0 of the board").isZero();
        assertThat(kata.out()).contains("All 3 targets are green.");
    }
}
