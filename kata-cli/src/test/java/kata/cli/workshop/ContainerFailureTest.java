package kata.cli.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kata.cli.TestRepo;
import kata.cli.samples.ArgumentsThatCannotBeMade;
import kata.cli.samples.ClassThatCannotStart;
import kata.runtime.results.ResultsFile;
import kata.runtime.results.TestResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A test class that cannot start ({@code @BeforeAll} throws) or a parameterized target whose
 * cases cannot be made: JUnit reports none of their tests. The board must show them red - not
 * the "passed" an earlier run left in the results file. Runs the samples through the JUnit
 * launcher, so testkit's real results listener writes the file, as in a step's build.
 */
class ContainerFailureTest {

    private static final List<String> PROPERTIES = List.of("kata.module.dir", "kata.role", "kata.step", "kata.contract");
    private final Map<String, String> saved = new HashMap<>();
    private final TestRepo repo = TestRepo.freshClone("container-failure");

    @Test
    void testsThatNeverRanAreRedNotTheirOldGreen() {
        Step step = StepCatalog.of(repo.root()).find("1").orElseThrow();
        new ResultsFile(step.id(), "starter", step.id(), "2025-11-28T09:00:00Z", List.of(
                passed(ClassThatCannotStart.class, "theServiceAnswers"),
                passed(ArgumentsThatCannotBeMade.class, "everyMisbehaviourIsSurvived")))
                .write(ResultsFile.location(step.dir()));

        runInLearnerMode(step, ClassThatCannotStart.class, ArgumentsThatCannotBeMade.class);

        StepProgress progress = ProgressReader.read(step);
        assertThat(progress.targets())
                .filteredOn(t -> t.target().className().startsWith("kata.cli.samples."))
                .extracting(t -> t.target().method() + " " + t.status() + ": " + t.message())
                .containsExactlyInAnyOrder(
                        "theServiceAnswers RED: did not run: the recommendation service did not start",
                        "everyMisbehaviourIsSurvived RED: did not run: no misbehaviours today");
        assertThat(progress.green()).isFalse();
    }

    private void runInLearnerMode(Step step, Class<?>... samples) {
        PROPERTIES.forEach(key -> saved.put(key, System.getProperty(key)));
        System.setProperty("kata.module.dir", step.dir().toString());
        System.setProperty("kata.role", "starter");
        System.setProperty("kata.step", step.id());
        System.setProperty("kata.contract", "false");
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> sample : samples) {
            request.selectors(selectClass(sample));
        }
        LauncherFactory.create().execute(request.build()); // testkit's listener registers itself
    }

    @AfterEach
    void restoreProperties() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    private static TestResult passed(Class<?> testClass, String method) {
        return new TestResult(testClass.getName(), method, method + "()", "exercise", "a hint", "", "", "passed",
                false, "", 1);
    }
}
