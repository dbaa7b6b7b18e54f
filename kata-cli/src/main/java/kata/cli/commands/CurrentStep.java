package kata.cli.commands;

import kata.cli.KataContext;
import kata.cli.UsageError;
import kata.cli.workshop.Step;
import kata.cli.workshop.StepProgress;
import kata.cli.workshop.WorkshopProgress;

/** The step a command works on when the learner names none: the first one not yet green. */
final class CurrentStep {

    private CurrentStep() {
    }

    static Step of(KataContext kata) {
        WorkshopProgress progress = kata.progress();
        return progress.current().map(StepProgress::step)
                .or(() -> progress.steps().stream().filter(StepProgress::hasTargets)
                        .reduce((first, second) -> second).map(StepProgress::step))
                .orElseThrow(() -> new UsageError("no step with targets found under " + kata.root()
                        + ": run " + kata.terminal().launcher() + " from the workshop's root folder"));
    }
}
