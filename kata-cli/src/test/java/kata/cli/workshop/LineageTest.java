package kata.cli.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

/** The lineage rule on a small fake workshop: copies must match, changes must be declared. */
class LineageTest {

    private static final String APP = "src/main/java/kata/webshop/App.java";
    private static final String PORT = "src/given/java/kata/webshop/Port.java";
    private static final String HELPER = "src/test/java/kata/webshop/ShopUnderTest.java";

    /** Step 01 (starter with a TODO, solution), step 02 beginning exactly where it ends. */
    private final TestRepo repo = TestRepo.create("lineage")
            .write("step-01-one/pom.xml", "<project/>")
            .write("step-01-one/" + APP, "class App { /* TODO(step-01): wire it */ }")
            .write("step-01-one/" + PORT, "interface Port {}")
            .write("step-01-one/" + HELPER, "class ShopUnderTest {}")
            .write("solutions/step-01-one/pom.xml", "<project/>")
            .write("solutions/step-01-one/" + APP, "class App { Port wired; }")
            .write("step-02-two/pom.xml", "<project/>")
            .write("step-02-two/" + APP, "class App { Port wired; }")
            .write("step-02-two/" + PORT, "interface Port {}")
            .write("step-02-two/" + HELPER, "class ShopUnderTest {}")
            .write("step-02-two/src/main/java/kata/webshop/HttpPort.java", "class HttpPort implements Port {}");

    private Lineage lineage() {
        return new Lineage(StepCatalog.of(repo.root()));
    }

    @Test
    void aStepThatBeginsWhereThePreviousSolutionEndsKeepsTheLineage() {
        assertThat(lineage().problems()).isEmpty();
    }

    @Test
    void anUndeclaredChangeToACopiedFileNamesTheFileAndBothSteps() {
        repo.write("step-02-two/" + PORT, "interface Port { void drifted(); }");

        assertThat(lineage().problems()).singleElement().asString()
                .contains("step-02-two/" + PORT)
                .contains("step-01-one/" + PORT)
                .contains("step-02-two/changes.txt");
    }

    @Test
    void aDeclaredChangeKeepsTheLineageAndTellsWhy() {
        repo.write("step-02-two/" + PORT, "interface Port { void close(); }")
                .write("step-02-two/changes.txt", "# comment\n" + PORT + "  the port learns to close\n");

        assertThat(lineage().problems()).isEmpty();
        Lineage.Link link = lineage().link(StepCatalog.of(repo.root()).find("2").orElseThrow());
        assertThat(link.previous().id()).isEqualTo("step-01-one");
        assertThat(link.changes()).containsExactly(new Lineage.Change(PORT, "the port learns to close"));
        assertThat(link.added()).containsExactly("src/main/java/kata/webshop/HttpPort.java");
    }

    @Test
    void testsAreComparedWithThePreviousStarterWhoseTestsTheSolutionRuns() {
        repo.write("step-02-two/" + HELPER, "class ShopUnderTest { int port; }");

        assertThat(lineage().problems()).singleElement().asString()
                .contains("step-02-two/" + HELPER).contains("step-01-one/" + HELPER);
    }

    @Test
    void aStaleOrMistypedDeclarationIsAProblemToo() {
        repo.write("step-02-two/changes.txt", PORT + "  said to change, but did not\nsrc/main/java/Nope.java  typo\n");

        assertThat(lineage().problems()).hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("declares " + PORT).contains("Remove the line"))
                .anySatisfy(problem -> assertThat(problem).contains("src/main/java/Nope.java"));
    }

    @Test
    void aSolutionChangesOnlyTheFilesWhoseStarterCopyHasATodo() {
        String tool = "src/main/java/kata/webshop/Tool.java";
        repo.write("step-01-one/" + tool, "class Tool {}")
                .write("solutions/step-01-one/" + tool, "class Tool { void extra() {} }");

        assertThat(lineage().problems()).singleElement().asString()
                .contains("solutions/step-01-one/" + tool).contains("no TODO");
    }

    @Test
    void aFileTheLearnerNeverEditsLivesOnceInTheStartersGivenFolder() {
        String tool = "src/main/java/kata/webshop/Tool.java";
        repo.write("step-01-one/" + tool, "class Tool {}")
                .write("solutions/step-01-one/" + tool, "class Tool {}");

        assertThat(lineage().problems()).singleElement().asString()
                .contains("step-01-one/" + tool).contains("Move it to step-01-one/src/given/java/kata/webshop/Tool.java");
    }

    @Test
    void aSolutionThatCopiesAGivenFileIsTold() {
        repo.write("solutions/step-01-one/src/main/java/kata/webshop/Port.java", "interface Port {}");

        assertThat(lineage().problems()).singleElement().asString()
                .contains("solutions/step-01-one/src/main/java/kata/webshop/Port.java").contains("Delete the copy");
    }

    @Test
    void aGivenFileMayBecomeTheLearnersFileInTheNextStep() {
        String inMain = "src/main/java/kata/webshop/Port.java";
        repo.delete("step-02-two/" + PORT).write("step-02-two/" + inMain, "interface Port {}");

        assertThat(lineage().problems()).isEmpty();
        repo.write("step-02-two/" + inMain, "interface Port { void drifted(); }");
        assertThat(lineage().problems()).singleElement().asString()
                .contains("step-02-two/" + inMain).contains("step-01-one/" + PORT);
    }

    @Test
    void aStepBuiltInParallelNamesTheSolutionItBeginsFrom() {
        repo.write("solutions/step-02-two/pom.xml", "<project/>")
                .write("step-03-three/pom.xml", "<project/>")
                .write("step-03-three/" + PORT, "interface Port { void drifted(); }")
                .write("step-03-three/changes.txt", "@from step-01-one\n");

        assertThat(lineage().problems()).singleElement().asString()
                .contains("step-03-three/" + PORT).contains("step-01-one/" + PORT);
        assertThat(lineage().link(StepCatalog.of(repo.root()).find("3").orElseThrow()).previous().id())
                .isEqualTo("step-01-one");
    }

    @Test
    void aBeginningThatDoesNotExistIsAProblem() {
        repo.write("step-02-two/changes.txt", "@from step-09-nine\n");

        assertThat(lineage().problems()).singleElement().asString().contains("step-09-nine");
    }

    private static final String CARRYING_POM = "<project><!-- exec-maven-plugin --><id>carry-forward</id></project>";

    @Test
    void aStepThatCarriesForwardHoldsNoCopyOfThePreviousSolution() {
        repo.write("step-02-two/pom.xml", CARRYING_POM);

        assertThat(lineage().problems()).hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains("carries forward").contains("Delete the copy"))
                .anySatisfy(problem -> assertThat(problem).contains("step-02-two/" + APP))
                .anySatisfy(problem -> assertThat(problem).contains("step-02-two/" + PORT));
    }

    @Test
    void aClassCarriedThroughSeveralStepsIsComparedWithTheStepThatLastChangedIt() {
        repo.write("step-02-two/pom.xml", CARRYING_POM).delete("step-02-two/" + APP).delete("step-02-two/" + PORT)
                .write("solutions/step-02-two/pom.xml", "<project/>")
                .write("step-03-three/pom.xml", CARRYING_POM)
                .write("step-03-three/" + APP, "class App { Port wired; Port spare; }");
        StepCatalog catalog = StepCatalog.of(repo.root());

        assertThat(lineage().before(catalog.find("2").orElseThrow(), APP))
                .isEqualTo(repo.root().resolve("solutions/step-01-one/" + APP));
        assertThat(lineage().problems()).singleElement().asString()
                .contains("step-03-three/" + APP).contains("solutions/step-01-one/" + APP);
        repo.write("step-03-three/changes.txt", APP + "  a spare port\n");
        assertThat(lineage().problems()).isEmpty();
    }
}
