package kata.cli.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import kata.cli.Terminal;
import org.junit.jupiter.api.Test;

class TestRunProgressTest {

    private final StringWriter out = new StringWriter();
    private final TestRunProgress progress = new TestRunProgress(Terminal.plain(out, new StringWriter()));

    @Test
    void countsTestClassesAndFailuresFromSurefireLines() {
        progress.accept("[INFO] Building step 01 - the monolith (starter) 1.0.0-SNAPSHOT          [4/4]");
        progress.accept("[INFO] Running kata.webshop.SeamsTest");
        progress.accept("[ERROR] Tests run: 2, Failures: 2, Errors: 0, Skipped: 0, Time elapsed: 1.2 s <<< FAILURE! -- in kata.webshop.SeamsTest");
        progress.accept("[INFO] Running kata.webshop.RoutesTest");
        progress.accept("[INFO] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.4 s -- in kata.webshop.RoutesTest");
        progress.accept("[ERROR] Tests run: 11, Failures: 2, Errors: 1, Skipped: 0");

        assertThat(progress.statusLine())
                .endsWith("step 01 - the monolith (starter) [4/4]: 2 test classes done, 11 tests, 3 failing");
        assertThat(progress.testsRun()).isEqualTo(11);
    }

    @Test
    void onAPipeEachModuleGetsOneLineNotASpinner() {
        progress.accept("[INFO] Building shop - the domain 1.0.0-SNAPSHOT          [2/4]");

        assertThat(out.toString()).isEqualTo("  building shop - the domain [2/4]" + System.lineSeparator());
    }

    @Test
    void keepsTheKataVerdictsAndCompilerErrors() {
        progress.accept("kata: step-01-monolith (starter) - 2/5 targets green, 24/27 tests passed");
        progress.accept("[ERROR] /repo/step-01-monolith/src/main/java/kata/webshop/WebShopApp.java:[12,5] cannot find symbol");

        assertThat(progress.verdicts()).containsExactly("kata: step-01-monolith (starter) - 2/5 targets green, 24/27 tests passed");
        assertThat(progress.compilerErrors()).containsExactly(
                "/repo/step-01-monolith/src/main/java/kata/webshop/WebShopApp.java:[12,5] cannot find symbol");
    }

    @Test
    void namesEachFailingTestMethodAsSurefireReportsIt() {
        List<String> failed = new ArrayList<>();
        TestRunProgress reporting = new TestRunProgress(Terminal.plain(out, new StringWriter()),
                (className, method) -> failed.add(className + "#" + method));

        reporting.accept("[ERROR] kata.webshop.SeamsTest.storefrontAndCheckoutDependOnThePort -- Time elapsed: 0.3 s <<< FAILURE!");
        reporting.accept("[ERROR] kata.webshop.recommendations.HttpRecommendationsTimeoutTest.purchasedNeverBlocksNorThrows"
                + "(Misbehaviour)[2] -- Time elapsed: 0.019 s <<< FAILURE!");
        reporting.accept("[ERROR] kata.webshop.RoutesTest.health -- Time elapsed: 0.1 s <<< ERROR!");
        reporting.accept("[INFO] Tests run: 9, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.4 s -- in kata.webshop.RoutesTest");

        assertThat(failed).containsExactly("kata.webshop.SeamsTest#storefrontAndCheckoutDependOnThePort",
                "kata.webshop.recommendations.HttpRecommendationsTimeoutTest#purchasedNeverBlocksNorThrows",
                "kata.webshop.RoutesTest#health");
        assertThat(reporting.statusLine()).contains("1 test classes done, 9 tests");
    }

    @Test
    void keepsTheStepsFigureAComparisonBeatingANightLine() {
        progress.accept("3 AM, two services: checkout ok before 100.0 % (p99 9 ms, n=90) | during the leak 100.0 % (p99 9 ms,"
                + " n=60) | after the crash 100.0 % (p99 3 ms, n=50); died of OutOfMemoryError");
        progress.accept("checkout success during the leak (crawler's start to the end of the night): monolith 0.0 % -> services 100.0 %");
        progress.accept("3 AM, the monolith: checkout ok before 100.0 % (p99 9 ms, n=90) | during the leak 3.0 % (p99 9 ms,"
                + " n=60) | after the crash 0.0 % (p99 3 ms, n=50); died of OutOfMemoryError");

        assertThat(progress.figure()).map(HeadlineFigure::text)
                .contains("checkout success during the leak: monolith 0.0 % -> services 100.0 %");
    }

    @Test
    void saysWhenItIsDownloading() {
        progress.accept("Downloading from central: https://repo.maven.apache.org/maven2/io/javalin/javalin/7.2.3/javalin-7.2.3.pom");

        assertThat(progress.statusLine()).contains("downloading dependencies (first run only)");
    }
}
