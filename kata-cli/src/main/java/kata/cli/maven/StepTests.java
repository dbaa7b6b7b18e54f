package kata.cli.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import kata.cli.Terminal;
import kata.cli.workshop.Step;

/**
 * Runs one step's tests the way a learner would by hand, minus what the learner never edits:
 * {@code ./mvnw -B test -pl STEP -am -Dkata.contract=false -Dtest=<the step's classes>
 * -Dsurefire.failIfNoSpecifiedTests=false}, with a one-line progress indicator instead of the
 * Maven wall. The full output goes to {@code target/kata/last-check.log}.
 *
 * <ul>
 *   <li>{@code -am}: the modules the step depends on are still built (compiled only when they
 *       changed), so the step always runs against the current shop and testkit;
 *   <li>{@code -Dtest=...}: but only the step's own tests run ({@link StepTestClasses} says why
 *       this is a filter and not a skip);
 *   <li>{@code -Dkata.contract=false}: learner mode, so a red target fails with its hint,
 *       whatever the build looks like (see testkit's {@code KataMode});
 *   <li>{@code -Dkata.testJvmFlags=...}: the test JVM starts faster ({@link #TEST_JVM_FLAGS});
 *   <li>{@code -DforkCount=1.5C -Dsurefire.runOrder=balanced -Dkata.forkFolders=true}: the
 *       step's test classes run in several JVMs at once, longest first, each JVM with folders of
 *       its own ({@link #PARALLEL_CLASSES} says why).
 * </ul>
 */
public final class StepTests {

    /**
     * For the short-lived test JVM: C1 only (no C2 warm-up) and the serial collector. Measured
     * on 2 cores with kata-cli/bench/loop.sh; the JVMs the tests start are not affected.
     */
    static final String TEST_JVM_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /**
     * Test classes in 1.5 JVMs per core (3 on 2 cores), each JVM taking the next class when it is
     * done, the longest known classes first. Most of a step's test time is waiting - for a
     * time-out, a hung engine, a dying JVM - not computing, so a third JVM on two cores still
     * shortens the run: step 01 went from about 16 s to about 10 s. JVMs, not threads: each
     * class keeps its JVM to itself (thread counts, child processes), as in {@code ./mvnw
     * verify}. Balanced ordering remembers class times in {@code .surefire-*} beside the step's
     * pom (git ignores it); {@code kata.forkFolders} keeps each JVM's files apart (TestFork).
     */
    static final List<String> PARALLEL_CLASSES = List.of("-DforkCount=1.5C", "-Dsurefire.runOrder=balanced",
            "-Dkata.forkFolders=true");

    /** What a run left behind besides the results file. */
    public record Outcome(int mavenExit, List<String> verdicts, List<String> compilerErrors, int testsRun,
                          Optional<HeadlineFigure> figure, Path log) {

        public boolean buildPassed() {
            return mavenExit == 0;
        }

        /** The build broke before any test of the step could run: usually a compile error. */
        public boolean brokeBeforeTests() {
            return mavenExit != 0 && testsRun == 0;
        }
    }

    private final Maven maven;
    private final Terminal terminal;
    private final Path root;

    public StepTests(Maven maven, Terminal terminal, Path root) {
        this.maven = maven;
        this.terminal = terminal;
        this.root = root;
    }

    public static List<String> arguments(Step step) {
        List<String> arguments = new ArrayList<>(List.of("-B", "test", "-pl", step.id(), "-am", "-Dkata.contract=false"));
        List<String> testClasses = StepTestClasses.of(step);
        if (!testClasses.isEmpty()) {
            arguments.add("-Dtest=" + String.join(",", testClasses));
            arguments.add("-Dsurefire.failIfNoSpecifiedTests=false");
        }
        arguments.add("-Dkata.testJvmFlags=" + TEST_JVM_FLAGS);
        arguments.addAll(PARALLEL_CLASSES);
        return arguments;
    }

    public Path log() {
        return root.resolve("target").resolve("kata").resolve("last-check.log");
    }

    /**
     * @param failedTests told (class name, method name) of each failing test the moment Surefire
     *                    reports it, while the rest of the step still runs
     */
    public Outcome run(Step step, BiConsumer<String, String> failedTests) {
        TestRunProgress progress = new TestRunProgress(terminal, failedTests);
        int exit;
        try {
            exit = maven.run(arguments(step), log(), progress);
        } finally {
            progress.finish();
        }
        return new Outcome(exit, progress.verdicts(), progress.compilerErrors(), progress.testsRun(), progress.figure(),
                log());
    }
}
