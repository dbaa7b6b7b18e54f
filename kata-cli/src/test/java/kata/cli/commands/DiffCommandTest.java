package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestKata;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

/** {@code ./kata diff STEP}: the declared changes since the previous solution, and the new files. */
class DiffCommandTest {

    private static final String PORT = "src/main/java/kata/webshop/Port.java";

    private final TestRepo repo = TestRepo.create("diff")
            .step("step-01-one", "OneTest", "class OneTest {}")
            .solution("step-01-one")
            .step("step-02-two", "TwoTest", "class TwoTest {}")
            .write("solutions/step-01-one/" + PORT, "interface Port {}")
            .write("step-02-two/" + PORT, "interface Port { void close(); }")
            .write("step-02-two/src/main/java/kata/webshop/HttpPort.java", "class HttpPort {}")
            .write("step-02-two/changes.txt", PORT + "  the port learns to close\n");
    private final TestKata kata = new TestKata(repo);

    @Test
    void namesEachChangeWithItsReasonAndEachNewFileThenShowsTheDiffs() {
        assertThat(kata.run("diff", "2")).isZero();

        assertThat(kata.out()).contains("begins where solutions/step-01-one ends")
                .contains(PORT).contains("the port learns to close")
                .contains("src/main/java/kata/webshop/HttpPort.java");
        assertThat(kata.diffsShown).containsExactly("solutions/step-01-one/" + PORT + " -> step-02-two/" + PORT);
    }

    @Test
    void theFirstStepHasNothingBeforeIt() {
        assertThat(kata.run("diff", "1")).isZero();

        assertThat(kata.out()).contains("where the workshop begins");
        assertThat(kata.diffsShown).isEmpty();
    }
}
