package kata.cli.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

class StepCatalogTest {

    private final TestRepo repo = TestRepo.freshClone("catalog")
            .write("step-03-gateway/README.md", "no pom yet: not a step")
            .write("step-07-event-sourcing/pom.xml", "<project/>")
            .write("stepping-stones/pom.xml", "<project/>");

    @Test
    void findsStepFoldersWithAPomInOrder() {
        StepCatalog catalog = StepCatalog.of(repo.root());

        assertThat(catalog.steps()).extracting(Step::id)
                .containsExactly("step-01-monolith", "step-02-extract-service", "step-07-event-sourcing");
    }

    @Test
    void knownStepsHaveNiceTitlesAndOthersATitleFromTheirFolder() {
        StepCatalog catalog = StepCatalog.of(repo.root());

        assertThat(catalog.steps()).extracting(Step::title)
                .containsExactly("The monolith", "Extract the service", "Event sourcing");
    }

    @Test
    void knowsWhichStepsHaveASolution() {
        StepCatalog catalog = StepCatalog.of(repo.root());

        assertThat(catalog.find("1").orElseThrow().solution()).contains(repo.path("solutions/step-01-monolith"));
        assertThat(catalog.find("2").orElseThrow().solution()).isEmpty();
    }

    @Test
    void aStepCanBeNamedInSeveralWays() {
        StepCatalog catalog = StepCatalog.of(repo.root());

        for (String name : new String[] {"step-01-monolith", "step-01", "1", "01", "step-01-monolith/",
                "solutions/step-01-monolith"}) {
            assertThat(catalog.find(name)).as(name).map(Step::id).contains("step-01-monolith");
        }
        assertThat(catalog.find("9")).isEmpty();
        assertThat(catalog.find("step-0")).isEmpty();
    }
}
