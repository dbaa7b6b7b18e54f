package kata.cli.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

class ProgressReaderTest {

    @Test
    void aFreshCloneKnowsItsTargetsBeforeAnyTestRan() {
        WorkshopProgress progress = ProgressReader.read(StepCatalog.of(TestRepo.freshClone("fresh").root()));

        assertThat(progress.done()).isZero();
        assertThat(progress.total()).isEqualTo(5);
        StepProgress current = progress.current().orElseThrow();
        assertThat(current.step().id()).isEqualTo("step-01-monolith");
        assertThat(current.lastRun()).isEmpty();
        assertThat(current.next().orElseThrow().target().method()).isEqualTo("onlyTheRecommendationsPackageTouchesTheEngine");
        assertThat(current.targets()).extracting(TargetProgress::status).containsOnly(TargetStatus.NOT_RUN);
    }

    @Test
    void resultsColourTheTargetsIn() {
        TestRepo repo = TestRepo.freshClone("partial").results("step-01-monolith", "step-01-two-green.json");

        StepProgress step = ProgressReader.read(StepCatalog.of(repo.root())).current().orElseThrow();

        assertThat(step.done()).isEqualTo(2);
        assertThat(step.total()).isEqualTo(3);
        TargetProgress next = step.next().orElseThrow();
        assertThat(next.number()).isEqualTo(3);
        assertThat(next.status()).isEqualTo(TargetStatus.RED);
        assertThat(next.message()).contains("expected: 200 but was: 500");
        assertThat(step.brokenGiven()).containsExactly("SeamsTest.aGivenTest: the shop no longer answers /health");
        assertThat(step.lastRun()).isPresent();
    }

    @Test
    void theCurrentStepIsTheFirstNotAllGreen() {
        TestRepo repo = TestRepo.freshClone("moved-on").results("step-01-monolith", "step-01-all-green.json");

        WorkshopProgress progress = ProgressReader.read(StepCatalog.of(repo.root()));

        assertThat(progress.current().orElseThrow().step().id()).isEqualTo("step-02-extract-service");
        assertThat(progress.done()).isEqualTo(3);
    }

    @Test
    void skippedTargetsAreNotDoneAndTargetsOnlyTheResultsKnowAreShown() {
        TestRepo repo = TestRepo.freshClone("extra").results("step-02-extract-service", "step-02-skipped-and-extra.json");

        StepProgress step2 = ProgressReader.read(StepCatalog.of(repo.root())).steps().get(1);

        assertThat(step2.targets()).extracting(t -> t.target().method() + "=" + t.status()).containsExactly(
                "theEngineRunsInItsOwnProcess=SKIPPED", "theShopTimesOutTheCall=NOT_RUN", "onlyTheResultsFileKnowsMe=RED");
        assertThat(step2.done()).isZero();
    }

    @Test
    void anUnreadableResultsFileCountsAsNotRun() {
        TestRepo repo = TestRepo.freshClone("garbled").write("step-01-monolith/target/kata/results.json", "{ half");

        StepProgress step = ProgressReader.read(StepCatalog.of(repo.root())).current().orElseThrow();

        assertThat(step.lastRun()).isEmpty();
        assertThat(step.done()).isZero();
    }
}
