package kata.cli;

import java.nio.file.Path;
import kata.cli.commands.ChangeWatcher;
import kata.cli.commands.Confirmation;
import kata.cli.commands.SolutionDiff;
import kata.cli.demo.DemoRunner;
import kata.cli.doctor.Environment;
import kata.cli.maven.Maven;
import kata.cli.workshop.ProgressReader;
import kata.cli.workshop.Step;
import kata.cli.workshop.StepCatalog;
import kata.cli.workshop.WorkshopProgress;

/**
 * What every command works with: the repository, the terminal, and the parts of the outside world
 * (Maven, the machine, file watching, the learner's answers, the demo) — each behind an interface,
 * so the commands' tests swap in fakes and never start a build or a process.
 */
public record KataContext(Path root, Terminal terminal, Environment environment, Maven maven,
                          ChangeWatcher.Factory watchers, Confirmation confirmation, SolutionDiff solutionDiff,
                          DemoRunner demos) {

    /** Read afresh each time: a test run or a new step folder changes it. */
    public StepCatalog steps() {
        return StepCatalog.of(root);
    }

    public WorkshopProgress progress() {
        return ProgressReader.read(steps());
    }

    /** The step the learner named, or a {@link UsageError} that lists the valid ones. */
    public Step step(String argument) {
        StepCatalog catalog = steps();
        return catalog.find(argument).orElseThrow(() -> new UsageError(
                "unknown step '" + argument + "'. Steps: " + catalog.ids() + " (or just the number, e.g. 1)"));
    }
}
