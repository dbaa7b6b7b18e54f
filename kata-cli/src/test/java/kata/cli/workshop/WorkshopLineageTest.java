package kata.cli.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The workshop itself keeps its lineage: every step begins exactly where the previous solution
 * ends, except for the files its changes.txt declares. Runs in {@code ./mvnw verify}; a copy
 * that drifted fails the build with the file's name and how to mend it.
 */
class WorkshopLineageTest {

    @Test
    void everyStepBeginsWhereThePreviousSolutionEnds() {
        Path root = Path.of(System.getProperty("kata.module.dir", ".")).toAbsolutePath().getParent();
        StepCatalog workshop = StepCatalog.of(root);

        assertThat(workshop.steps()).as("steps found under %s", root).isNotEmpty();
        assertThat(new Lineage(workshop).problems()).as("the lineage between the steps").isEmpty();
    }
}
