package kata.cli.maven;

import java.nio.file.Path;
import java.util.List;
import kata.cli.Terminal;
import kata.cli.workshop.Step;

/**
 * Runs one step's tests the way a learner would by hand —
 * {@code ./mvnw -B test -pl STEP -am -Dkata.contract=false} — with a one-line progress indicator
 * instead of the Maven wall. The full output goes to {@code target/kata/last-check.log}.
 *
 * <p>{@code -Dkata.contract=false}: learner mode, so a red target fails with its hint, whatever
 * the build looks like (see testkit's {@code KataMode}).
 */
public final class StepTests {

    /** What a run left behind besides the results file. */
    public record Outcome(int mavenExit, List<String> verdicts, List<String> compilerErrors, int testsRun, Path log) {

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
        return List.of("-B", "test", "-pl", step.id(), "-am", "-Dkata.contract=false");
    }

    public Path log() {
        return root.resolve("target").resolve("kata").resolve("last-check.log");
    }

    public Outcome run(Step step) {
        TestRunProgress progress = new TestRunProgress(terminal);
        int exit;
        try {
            exit = maven.run(arguments(step), log(), progress);
        } finally {
            progress.finish();
        }
        return new Outcome(exit, progress.verdicts(), progress.compilerErrors(), progress.testsRun(), log());
    }
}
