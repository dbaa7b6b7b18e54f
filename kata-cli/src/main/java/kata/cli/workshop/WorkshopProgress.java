package kata.cli.workshop;

import java.util.List;
import java.util.Optional;

/** Every step on the board, and the one the learner is on. */
public record WorkshopProgress(List<StepProgress> steps) {

    public WorkshopProgress {
        steps = List.copyOf(steps);
    }

    /** The first step that is not {@linkplain StepProgress#green() green} in the learner's starter folder. */
    public Optional<StepProgress> current() {
        return steps.stream().filter(s -> s.hasTargets() && !s.green()).findFirst();
    }

    public int done() {
        return steps.stream().mapToInt(StepProgress::done).sum();
    }

    public int total() {
        return steps.stream().mapToInt(StepProgress::total).sum();
    }

    /** Every target of every step green, and no given test broken: the only state that exits 0. */
    public boolean allDone() {
        return total() > 0 && current().isEmpty();
    }

    public Optional<StepProgress> of(Step step) {
        return steps.stream().filter(s -> s.step().id().equals(step.id())).findFirst();
    }
}
