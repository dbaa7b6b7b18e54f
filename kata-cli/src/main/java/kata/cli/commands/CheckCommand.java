package kata.cli.commands;

import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.Terminal;
import kata.cli.board.BoardRenderer;
import kata.cli.board.TargetCard;
import kata.cli.maven.StepTests;
import kata.cli.workshop.ProgressReader;
import kata.cli.workshop.Step;
import kata.cli.workshop.StepProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kata check [STEP]}: runs a step's tests (the current step by default) with a progress
 * indicator, then the board. Exit code 0 when every target of the step is green, 1 otherwise.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Run a step's tests (default: the current step), then show the board."
        + " Exit code 0 = green, 1 = red.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "STEP", description = "e.g. step-01-monolith, or just 1")
    String stepArgument;

    /** Testkit's verdict line lists every failure; the board below shows them better. */
    private static final int VERDICT_LIMIT = 150;

    private final KataContext kata;

    public CheckCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        Step step = stepArgument != null ? kata.step(stepArgument) : CurrentStep.of(kata);
        return check(kata, step) ? 0 : 1;
    }

    /** Runs the step's tests, prints what happened and the board; true when the step is green. */
    static boolean check(KataContext kata, Step step) {
        Terminal t = kata.terminal();
        StepTests tests = new StepTests(kata.maven(), t, kata.root());
        t.println(t.bold("Running the tests of " + step.id()) + t.dim("  (./mvnw " + String.join(" ", StepTests.arguments(step)) + ")"));
        StepTests.Outcome outcome = tests.run(step);
        outcome.verdicts().forEach(v -> t.println("  " + TargetCard.shortened(v, VERDICT_LIMIT)));
        String log = kata.root().relativize(outcome.log()).toString();
        if (outcome.brokeBeforeTests()) {
            t.println(t.red("The build failed before the tests of " + step.id() + " could run."));
            outcome.compilerErrors().forEach(e -> t.println("  " + e));
            t.println("Full log: " + log);
            t.println();
            return false;
        }
        t.println();
        BoardRenderer.render(t, kata.progress()).forEach(t::println);
        StepProgress after = ProgressReader.read(step);
        boolean green = outcome.buildPassed() && after.complete();
        t.println();
        if (green) {
            t.println(t.green(t.bold(step.id() + " is green: all " + after.total() + " targets done.")));
        } else {
            t.println(t.red(step.id() + " is red: " + after.done() + "/" + after.total() + " targets green")
                    + (after.brokenGiven().isEmpty() ? "" : ", " + after.brokenGiven().size() + " given test(s) broken")
                    + ". Full log: " + log);
        }
        return green;
    }
}
