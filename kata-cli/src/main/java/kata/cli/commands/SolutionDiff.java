package kata.cli.commands;

import java.nio.file.Path;

/** Shows the difference between the learner's code and the solution. */
@FunctionalInterface
public interface SolutionDiff {

    /** @return 0 when shown (differences or not), non-zero when the diff could not be made */
    int show(Path learner, Path solution);
}
