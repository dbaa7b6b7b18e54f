package kata.cli.workshop;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One step of the workshop: a starter folder the learner edits ({@code step-01-monolith}) and,
 * when it exists, its answer ({@code solutions/step-01-monolith}).
 *
 * @param id          the folder name, which is also the Maven module path: {@code step-01-monolith}
 * @param number      1 for {@code step-01-...}
 * @param title       a human name for the board, e.g. "The monolith"
 * @param dir         the starter folder
 * @param solutionDir the solution folder, or {@code null} while the step has none
 */
public record Step(String id, int number, String title, Path dir, Path solutionDir) {

    public Optional<Path> solution() {
        return Optional.ofNullable(solutionDir);
    }

    /** "step 01", the short name the board and the messages use. */
    public String label() {
        return String.format("step %02d", number);
    }

    /** Where the learner writes code. */
    public Path mainSources() {
        return dir.resolve("src").resolve("main");
    }

    /** Where the step's tests (given and targets) live. */
    public Path testSources() {
        return dir.resolve("src").resolve("test").resolve("java");
    }
}
