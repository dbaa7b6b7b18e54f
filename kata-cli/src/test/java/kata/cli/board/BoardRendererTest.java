package kata.cli.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import kata.cli.TestRepo;
import kata.cli.Terminal;
import kata.cli.workshop.ProgressReader;
import kata.cli.workshop.StepCatalog;
import org.junit.jupiter.api.Test;

class BoardRendererTest {

    private static String board(TestRepo repo) {
        Terminal plain = Terminal.plain(new StringWriter(), new StringWriter());
        return String.join("\n", BoardRenderer.render(plain, ProgressReader.read(StepCatalog.of(repo.root()))));
    }

    @Test
    void aFreshCloneShowsZeroDoneAndTheFirstHint() {
        String board = board(TestRepo.freshClone("board-fresh"));

        assertThat(board)
                .contains("01  The monolith         [....................]  0/3    <- you are here")
                .contains("02  Extract the service  [....................]  0/2")
                .contains("overall              [....................]  0/5 targets")
                .contains("Tests not run yet: ./kata check runs them.")
                .contains("Target 1/3 of step 01: SeamsTest.onlyTheRecommendationsPackageTouchesTheEngine")
                .contains("Hint: StorefrontRoutes and CheckoutRoutes import RecommendationEngine.")
                .contains("Read: step-01-monolith/README.md#target-1-only-recommendations-touches-the-engine");
        assertThat(board).doesNotContain("\u001b[");
    }

    @Test
    void sampleResultsShowProgressTheNextRedTargetAndBrokenGivenTests() {
        String board = board(TestRepo.freshClone("board-partial").results("step-01-monolith", "step-01-two-green.json"));

        assertThat(board)
                .contains("01  The monolith         [#############.......]  2/3    <- you are here")
                .contains("overall              [########............]  2/5 targets")
                .contains("done        1. SeamsTest.onlyTheRecommendationsPackageTouchesTheEngine")
                .contains("red         3. DegradationTest.storefrontStillSellsWhenTheEngineFails")
                .contains("BROKEN      SeamsTest.aGivenTest: the shop no longer answers /health")
                .contains("Target 3/3 of step 01: DegradationTest.storefrontStillSellsWhenTheEngineFails  red")
                .contains("Last failure: [storefront status when the engine throws] expected: 200 but was: 500");
    }

    @Test
    void aFinishedStepIsMarkedDoneAndTheNextBecomesCurrent() {
        String board = board(TestRepo.freshClone("board-next").results("step-01-monolith", "step-01-all-green.json"));

        assertThat(board)
                .contains("01  The monolith         [####################]  3/3    done")
                .contains("02  Extract the service  [....................]  0/2    <- you are here")
                .contains("Current step: step-02-extract-service")
                .contains("Target 1/2 of step 02: ExtractionTest.theEngineRunsInItsOwnProcess");
    }

    @Test
    void skippedTargetsPointToTheDoctor() {
        String board = board(TestRepo.freshClone("board-skip")
                .results("step-01-monolith", "step-01-all-green.json")
                .results("step-02-extract-service", "step-02-skipped-and-extra.json"));

        assertThat(board)
                .contains("skipped     1. ExtractionTest.theEngineRunsInItsOwnProcess")
                .contains("Skipped targets need something missing: ./kata doctor.")
                .contains("Skipped because: Assumption failed: nginx not found");
    }

    @Test
    void noStepsAtAllSaysWhereToRunIt() {
        assertThat(board(TestRepo.create("board-empty"))).contains("No steps found");
    }
}
