package kata.cli.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

class ExerciseScannerTest {

    @Test
    void readsMethodHintMoreAndReadmeOfEveryTarget() {
        List<Target> targets = ExerciseScanner.scanSource(TestRepo.STEP_01_TESTS);

        assertThat(targets).extracting(Target::method)
                .containsExactly("onlyTheRecommendationsPackageTouchesTheEngine", "storefrontAndCheckoutDependOnThePort");
        Target first = targets.get(0);
        assertThat(first.className()).isEqualTo("kata.webshop.SeamsTest");
        assertThat(first.hint()).isEqualTo("StorefrontRoutes and CheckoutRoutes import RecommendationEngine. Only the"
                + " recommendations package may know the engine.");
        assertThat(first.more()).isEqualTo("Change both constructors to take a Recommendations.");
        assertThat(first.readme()).isEqualTo("#target-1-only-recommendations-touches-the-engine");
    }

    @Test
    void attributesInAnyOrderAndFurtherAnnotationsAfterIt() {
        Target second = ExerciseScanner.scanSource(TestRepo.STEP_01_TESTS).get(1);

        assertThat(second.hint()).isEqualTo("Depend on the port (Recommendations), not the engine.");
        assertThat(second.readme()).isEqualTo("#target-2-storefront-and-checkout-use-the-port");
        assertThat(second.more()).isEmpty();
    }

    @Test
    void ignoresExercisesInCommentsAndStrings() {
        assertThat(ExerciseScanner.scanSource(TestRepo.STEP_01_TESTS))
                .extracting(Target::hint)
                .noneMatch(hint -> hint.contains("not a target") || hint.contains("inside a string"));
    }

    @Test
    void decodesEscapesAndTextBlocks() {
        String source = "class T {\n @Exercise(hint = \"say \\\"port\\\"\\tnow\", more = \"\"\"\n    deeper\n    \"\"\")\n"
                + " void t() {} }";

        Target target = ExerciseScanner.scanSource(source).get(0);

        assertThat(target.hint()).isEqualTo("say \"port\"\tnow");
        assertThat(target.more()).isEqualTo("deeper");
    }

    @Test
    void namesNestedClassesTheWayJUnitDoes() {
        String source = "package p;\nclass Outer {\n @Nested class Inner {\n @Exercise(hint = \"h\") void t() {}\n }\n}";

        assertThat(ExerciseScanner.scanSource(source).get(0).className()).isEqualTo("p.Outer$Inner");
    }

    @Test
    void anUnfinishedFileYieldsWhatCanBeRead() {
        assertThat(ExerciseScanner.scanSource("class T { @Exercise(hint = \"half")).isEmpty();
    }

    @Test
    void ordersAStepsTargetsByTheirReadmeNumbers() {
        TestRepo repo = TestRepo.freshClone("scanner");

        List<Target> targets = ExerciseScanner.scan(repo.path("step-01-monolith/src/test/java"));

        // DegradationTest.java sorts first by file name, but it is target 3
        assertThat(targets).extracting(Target::method).containsExactly(
                "onlyTheRecommendationsPackageTouchesTheEngine", "storefrontAndCheckoutDependOnThePort",
                "storefrontStillSellsWhenTheEngineFails");
    }

    @Test
    void noTestFolderMeansNoTargets() {
        assertThat(ExerciseScanner.scan(TestRepo.create("empty").path("step-09-nothing/src/test/java"))).isEmpty();
    }
}
