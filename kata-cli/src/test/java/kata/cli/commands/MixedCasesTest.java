package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kata.cli.TestKata;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

/**
 * A board that never lies: a parameterized or repeated target is green only when every case
 * passed. The samples hold a target whose FIRST case passes and later ones fail - exactly what
 * the board once showed as done while Maven failed it. The board, {@code ./kata hint}, the check
 * summary and every exit code must call it red, and name the failing case.
 */
class MixedCasesTest {

    /** Step 01 all green; step 02: target 1 green, target 2 has 3/5 cases (cases 2 and 4 red). */
    private final TestKata kata = new TestKata(TestRepo.freshClone("mixed")
            .results("step-01-monolith", "step-01-all-green.json")
            .results("step-02-extract-service", "step-02-mixed-cases.json"));

    @Test
    void theBoardShowsTheTargetRedWithItsCasesAndTheFirstFailingCase() {
        assertThat(kata.run()).as("./kata's exit code while a target is red").isEqualTo(1);

        assertThat(kata.out())
                .contains("02  Extract the service  [##########..........]  1/2    <- you are here")
                .contains("4/5 targets")
                .contains("red         2. ExtractionTest.theShopTimesOutTheCall")
                .contains("3/5 cases; failing: a service that never answers: purchased(...) returns at once")
                .contains("Target 2/2 of step 02: ExtractionTest.theShopTimesOutTheCall  red (3/5 cases)")
                .contains("Failing case: a service that never answers: purchased(...) returns at once")
                .contains("Last failure: [what purchased(...) did when the service never answers] took 2003 ms")
                .doesNotContain("All 5 targets are green");
    }

    @Test
    void hintPointsAtTheRedTargetInsteadOfSayingAllIsGreen() {
        assertThat(kata.run("hint")).isZero();

        assertThat(kata.out())
                .contains("Target 2/2 of step 02: ExtractionTest.theShopTimesOutTheCall  red (3/5 cases)")
                .contains("Hint: Time out the HTTP call.")
                .doesNotContain("Every target is green");
    }

    @Test
    void checkCountsTargetsLikeTheBoardAndExitsRedEvenWhenMavenPassed() {
        kata.maven.exitCode = 0; // whatever Maven says, the results decide
        kata.maven.sideEffect = () -> kata.repo.results("step-02-extract-service", "step-02-mixed-cases.json");

        assertThat(kata.run("check", "2")).isEqualTo(1);

        assertThat(kata.out())
                .contains("step-02-extract-service is red: 1/2 targets green (target 2: 3/5 cases).")
                .doesNotContain("is green");
    }

    @Test
    void aRepeatedTargetWithOneRedRepetitionIsRedAndABrokenGivenCaseIsNamedOnce() {
        TestKata repeated = new TestKata(TestRepo.freshClone("repeated")
                .results("step-01-monolith", "step-01-all-green.json")
                .results("step-02-extract-service", "step-02-repeated-and-broken-case.json"));

        assertThat(repeated.run()).isEqualTo(1);

        assertThat(repeated.out())
                .contains("red         1. ExtractionTest.theEngineRunsInItsOwnProcess")
                .contains("2/3 cases; failing: repetition 3 of 3")
                .contains("done        2. ExtractionTest.theShopTimesOutTheCall")
                .contains("BROKEN      ExtractionTest.badInputGetsAJsonError (1 of 4 cases): expected: 400 but was: 500")
                .contains("(given tests, green on the starter: keep them green)");
    }

    @Test
    void onlyAllCasesGreenIsGreenEverywhere() {
        TestKata green = new TestKata(TestRepo.freshClone("all-cases-green")
                .results("step-01-monolith", "step-01-all-green.json")
                .write("step-02-extract-service/target/kata/results.json", allCasesPassed()));

        assertThat(green.run()).isZero();
        assertThat(green.out()).contains("All 5 targets are green.");
        assertThat(green.run("hint")).isZero();
        assertThat(green.out()).contains("Every target is green");
    }

    @Test
    void theBoardStaysWithinOneHundredColumns() {
        TestKata repeated = new TestKata(TestRepo.freshClone("wide")
                .results("step-01-monolith", "step-01-all-green.json")
                .results("step-02-extract-service", "step-02-repeated-and-broken-case.json"));
        kata.run();
        repeated.run();
        List<String> tooWide = (kata.out() + repeated.out()).lines().filter(line -> line.length() > 100).toList();

        assertThat(tooWide).isEmpty();
    }

    /** The mixed sample with every case passed: same targets, same cases, nothing red. */
    private static String allCasesPassed() {
        try (InputStream mixed = MixedCasesTest.class.getResourceAsStream("/results/step-02-mixed-cases.json")) {
            return new String(mixed.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"outcome\": \"failed\"", "\"outcome\": \"passed\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
