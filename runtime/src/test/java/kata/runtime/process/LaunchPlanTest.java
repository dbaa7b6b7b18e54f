package kata.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line a child JVM gets, checked without starting it. */
class LaunchPlanTest {

    private static LaunchPlan plan(String heap, boolean exitOnOom) {
        return new LaunchPlan("shop", "kata.shop.ShopMain", heap, exitOnOom, List.of("-Dplan.arg=1"),
                List.of("--port", "0"), Map.of(), "a.jar", "/health",
                Duration.ofSeconds(30), Path.of("logs"));
    }

    @Test
    void runsTheBootstrapWhichRunsTheMainClassWithItsArguments() {
        List<String> command = plan("64m", true).command(4242);

        assertThat(command.get(0)).endsWith("java").startsWith(System.getProperty("java.home"));
        assertThat(command.subList(1, command.size())).containsExactly(
                "-Dkata.child=shop", "-Dkata.parentPid=4242", "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Dplan.arg=1", "-cp", "a.jar",
                "kata.runtime.process.ChildBootstrap", "kata.shop.ShopMain", "--port", "0");
    }

    @Test
    void withoutAHeapLimitOrOomExitTheJvmDefaultsApply() {
        assertThat(plan(null, false).command(1)).noneMatch(arg -> arg.startsWith("-Xmx") || arg.contains("OutOfMemory"));
    }

    @Test
    void theLogIsNamedAfterTheChild() {
        assertThat(plan(null, false).logFile()).isEqualTo(Path.of("logs", "shop.log"));
    }
}
