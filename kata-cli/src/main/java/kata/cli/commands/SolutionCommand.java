package kata.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.Terminal;
import kata.cli.UsageError;
import kata.cli.workshop.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kata solution STEP}: where the answer is, and — only after the learner confirms, since
 * it spoils the step — a diff of their {@code src/main} against it.
 */
@Command(name = "solution", mixinStandardHelpOptions = true, description = "Show where STEP's solution is and, after you confirm, a diff of your code against it.")
public final class SolutionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STEP", description = "e.g. step-01-monolith, or just 1")
    String stepArgument;

    @Option(names = {"-y", "--yes"}, description = "show the diff without asking")
    boolean yes;

    private final KataContext kata;

    public SolutionCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        Terminal t = kata.terminal();
        Step step = kata.step(stepArgument);
        Path solution = step.solution().orElseThrow(() -> new UsageError(step.id() + " has no solution in this repository yet"
                + " (solutions/" + step.id() + " is missing)."));
        Path root = kata.root();
        t.println(t.bold("The solution of " + step.id() + ": ") + root.relativize(solution.resolve("src").resolve("main")));
        Path walkthrough = solution.resolve("README.md");
        if (walkthrough.toFile().isFile()) {
            t.println("Its walkthrough: " + root.relativize(walkthrough));
        }
        t.println("Your code:        " + root.relativize(step.mainSources()));
        boolean confirmed = yes || (t.interactive()
                && kata.confirmation().ask("Show the diff of your code against it? It gives the answers away."));
        if (!confirmed) {
            t.println(t.interactive() ? "Not shown. Trying once more first is worth it; " + t.command("hint") + " helps."
                    : "Not shown: this is not an interactive terminal. Add --yes to see the diff: "
                    + t.command("solution " + step.id() + " --yes"));
            return 0;
        }
        t.println();
        return kata.solutionDiff().show(step.mainSources(), solution.resolve("src").resolve("main"));
    }
}
