package kata.testkit.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kata.runtime.results.ResultsFile;
import kata.runtime.results.TestResult;
import kata.testkit.SystemProperties;
import kata.testkit.samples.TargetSamples;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class KataResultsListenerTest {

    /** A pretend module folder under target/, so the test writes nothing outside the build dir. */
    private static final Path MODULE = Path.of("target", "kata-sample-module");

    @Test
    void writesEveryTestWithItsKindOutcomeAndHint() throws Exception {
        Map<String, TestResult> results = runSamples("false");

        assertThat(results).containsOnlyKeys("redTarget", "greenTarget", "erroringTarget", "givenGreen", "givenRed");
        assertThat(results.get("redTarget")).satisfies(r -> {
            assertThat(r.kind()).isEqualTo("exercise");
            assertThat(r.outcome()).isEqualTo("failed");
            assertThat(r.redAsExpected()).isFalse();
            assertThat(r.hint()).isEqualTo("look at the answer");
            assertThat(r.more()).isEqualTo("it is 42");
            assertThat(r.message()).contains("the answer");
        });
        assertThat(results.get("greenTarget").outcome()).isEqualTo("passed");
        assertThat(results.get("givenGreen").kind()).isEqualTo("given");
        assertThat(results.get("givenRed").outcome()).isEqualTo("failed");
    }

    @Test
    void inTheContractARedTargetIsStillRecordedAsFailed() throws Exception {
        Map<String, TestResult> results = runSamples("true");

        assertThat(results.get("redTarget").outcome()).isEqualTo("failed");
        assertThat(results.get("redTarget").redAsExpected()).isTrue();
        assertThat(results.get("greenTarget").outcome()).as("a green target breaks the contract").isEqualTo("failed");
        assertThat(results.get("greenTarget").redAsExpected()).isFalse();
    }

    private static Map<String, TestResult> runSamples(String contract) throws Exception {
        Path file = ResultsFile.location(MODULE);
        Files.deleteIfExists(file);
        try (var mode = SystemProperties.set("kata.role", "starter", "kata.step", "step-09-sample",
                "kata.contract", contract, "kata.module.dir", MODULE.toString())) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(TargetSamples.class)).build();
            LauncherFactory.create().execute(request, new KataResultsListener());
        }
        assertThat(file).exists();
        return ResultsFile.read(file).tests().stream().collect(Collectors.toMap(TestResult::name, Function.identity()));
    }
}
