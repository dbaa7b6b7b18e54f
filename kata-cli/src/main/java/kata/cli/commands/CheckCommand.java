package kata.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import kata.cli.KataContext;
import kata.cli.Terminal;
import kata.cli.board.BoardRenderer;
import kata.cli.board.TargetCard;
import kata.cli.board.TextWrap;
import kata.cli.maven.StepTests;
import kata.cli.workshop.ProgressReader;
import kata.cli.workshop.Step;
import kata.cli.workshop.StepProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kata check [STEP]}: runs a step's tests (the current step by default) with a progress
 * indicator, then the board, the step's figure and a one-line summary. Exit code 0 when the step
 * is green (every case of every target passed, no given test broken, the build passed), 1
 * otherwise. The summary counts what the board counts - one target per {@code @Exercise} method -
 * because both read the same {@link StepProgress}.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Run a step's tests (default: the current step), then show the board."
        + " Exit code 0 = green, 1 = red.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "STEP", description = "e.g. step-01-monolith, or just 1")
    String stepArgument;

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
        String log = kata.root().relativize(tests.log()).toString();
        t.println(t.bold("Running the tests of " + step.id()) + t.dim("  (log: " + log + ")"));
        // The board's targets are read from the test sources while Maven runs, not after it.
        CompletableFuture<StepProgress> before = CompletableFuture.supplyAsync(() -> {
            kata.progress();
            return ProgressReader.read(step);
        });
        StepTests.Outcome outcome = tests.run(step, firstRedTarget(t, before));
        if (outcome.brokeBeforeTests()) {
            t.println(t.red("The build failed before the tests of " + step.id() + " could run."));
            outcome.compilerErrors().forEach(e -> t.println("  " + e));
            t.println("Full log: " + log);
            t.println();
            return false;
        }
        t.println();
        BoardRenderer.render(t, kata.progress()).forEach(t::println);
        outcome.figure().ifPresent(figure -> {
            t.println();
            TextWrap.wrap(figure.text(), TargetCard.LINE_LIMIT, "The figure: ", "  ").forEach(line -> t.println(t.bold(line)));
        });
        StepProgress after = ProgressReader.read(step);
        t.println();
        if (outcome.buildPassed() && after.green()) {
            t.println(t.green(t.bold(step.id() + " is green: all " + after.total() + " targets done.")));
            return true;
        }
        summary(step, after, outcome.buildPassed(), log).forEach(line -> t.println(t.red(line)));
        return false;
    }

    /**
     * Prints the first red target and its hint the moment Surefire reports it, while the other
     * test classes still run: the learner can start reading. Only once per check.
     */
    private static BiConsumer<String, String> firstRedTarget(Terminal t, CompletableFuture<StepProgress> before) {
        AtomicBoolean shown = new AtomicBoolean();
        return (className, method) -> before.join().targets().stream()
                .filter(target -> target.target().className().equals(className)
                        && target.target().method().equals(method))
                .findFirst()
                .filter(target -> shown.compareAndSet(false, true))
                .ifPresent(target -> {
                    t.println(t.red("First red target: ") + target.number() + ". " + target.target().simpleName());
                    TextWrap.wrap(target.target().hint(), TargetCard.LINE_LIMIT, "  Hint: ", "        ")
                            .forEach(t::println);
                });
    }

    /** "step-02-extract-service is red: 3/8 targets green (target 3: 4/5 cases), 1 given test broken. ..." */
    static List<String> summary(Step step, StepProgress after, boolean buildPassed, String log) {
        String cases = String.join(", ", after.targets().stream()
                .filter(target -> target.hasCases() && !target.done())
                .map(target -> "target " + target.number() + ": " + target.casesText())
                .toList());
        String text = step.id() + " is red: " + after.done() + "/" + after.total() + " targets green"
                + (cases.isEmpty() ? "" : " (" + cases + ")")
                + (after.brokenGiven().isEmpty() ? "" : ", " + after.brokenGiven().size() + " given test(s) broken")
                + (buildPassed || !after.green() ? "" : ", yet Maven reported a failure (an @AfterAll?)")
                + ". Full log: " + log;
        return TextWrap.wrap(text, TargetCard.LINE_LIMIT, "", "  ");
    }
}
