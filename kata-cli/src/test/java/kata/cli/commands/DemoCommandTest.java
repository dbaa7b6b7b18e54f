package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestKata;
import kata.cli.TestRepo;
import kata.cli.demo.DemoKind;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void outageSurviveAndFinalReachTheDemoRunner() {
        TestKata kata = new TestKata(TestRepo.freshClone("demo-cmd"));

        assertThat(kata.run("demo", "outage")).isZero();
        assertThat(kata.run("demo", "SURVIVE")).isZero();
        assertThat(kata.run("demo", "final")).isZero();

        assertThat(kata.demosRun).containsExactly(DemoKind.OUTAGE, DemoKind.SURVIVE, DemoKind.FINAL);
    }
}
