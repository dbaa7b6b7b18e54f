package kata.testkit.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kata.runtime.process.TestFork;
import kata.testkit.SystemProperties;
import org.junit.jupiter.api.Test;

class TestForkTest {

    private static final Path LOGS = Path.of("target", "kata", "logs");

    @Test
    void theFirstOrOnlyTestJvmUsesThePathsTheReadmesName() {
        try (SystemProperties ignored = SystemProperties.set("kata.forkFolders", "true", "kata.testFork", "1")) {
            assertThat(TestFork.folder(LOGS)).isEqualTo(LOGS);
        }
        try (SystemProperties ignored = SystemProperties.set("kata.forkFolders", "true",
                "kata.testFork", "${surefire.forkNumber}")) {
            assertThat(TestFork.folder(LOGS)).as("an IDE run, nothing replaced").isEqualTo(LOGS);
        }
    }

    @Test
    void aParallelBuildNumbersItsModulesJvmsButEachIsStillTheOnlyOneOfItsModule() {
        try (SystemProperties ignored = SystemProperties.set("kata.forkFolders", "false", "kata.testFork", "2")) {
            assertThat(TestFork.folder(LOGS)).isEqualTo(LOGS);
        }
    }

    @Test
    void everyOtherTestJvmHasAFolderOfItsOwnThatTheFirstLeavesAlone() {
        try (SystemProperties ignored = SystemProperties.set("kata.forkFolders", "true", "kata.testFork", "3")) {
            assertThat(TestFork.folder(LOGS)).isEqualTo(LOGS.resolve("fork-3"));
        }
        assertThat(TestFork.isForkFolder(LOGS.resolve("fork-3"))).isTrue();
        assertThat(TestFork.isForkFolder(LOGS.resolve("gateway-123456"))).isFalse();
    }
}
