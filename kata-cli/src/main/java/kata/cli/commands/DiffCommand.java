package kata.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.Terminal;
import kata.cli.workshop.Lineage;
import kata.cli.workshop.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kata diff [STEP]}: what changed since the last step. A starter begins where the
 * previous solution ends; this names the files it changes (and why, from its
 * {@value Lineage#CHANGES_FILE}), the files it adds, and shows the changes as a diff.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What STEP changes and adds since the previous step's solution (default: your current step).")
public final class DiffCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STEP", arity = "0..1", description = "e.g. step-02-extract-service, or just 2")
    String stepArgument;

    @Option(names = {"-l", "--list"}, description = "only name the files, without the diff")
    boolean listOnly;

    private final KataContext kata;

    public DiffCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        Terminal t = kata.terminal();
        Step step = stepArgument == null ? CurrentStep.of(kata) : kata.step(stepArgument);
        Lineage lineage = new Lineage(kata.steps());
        Lineage.Link link = lineage.link(step);
        if (link.previous() == null) {
            t.println(t.bold(step.label() + " is where the workshop begins:") + " nothing came before it.");
            return 0;
        }
        Path root = kata.root();
        t.println(t.bold(step.label() + " begins where solutions/" + link.previous().id() + " ends."));
        t.println();
        t.println("It changes " + link.changes().size() + " files (" + step.id() + "/" + Lineage.CHANGES_FILE + "):");
        link.changes().forEach(change -> {
            t.println("  " + t.cyan(change.path()));
            t.println("      " + t.dim(change.why()));
        });
        t.println();
        t.println("It adds " + link.added().size() + " files:");
        link.added().forEach(path -> t.println("  " + t.cyan(path)));
        t.println();
        t.println("Every other file is the previous step's, unchanged;");
        if (Lineage.carriesForward(step)) {
            t.println("its classes are not copied here: the build carries them forward from");
            t.println("solutions/" + link.previous().id() + " into target/generated-sources/carried.");
        }
        t.println("shop/, platform/ and shop-web/ are the same in every step.");
        if (listOnly) {
            return 0;
        }
        int exit = 0;
        for (Lineage.Change change : link.changes()) {
            t.println();
            exit = Math.max(exit, kata.solutionDiff().show(
                    lineage.before(link.previous(), change.path()), step.dir().resolve(change.path())));
        }
        t.println();
        t.println(t.dim("The new files are whole lessons: open them in " + root.relativize(step.dir()) + "."));
        return exit;
    }
}
