package kata.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kata.cli.Terminal;

/**
 * {@link SolutionDiff} with {@code git diff --no-index}: Git is already on every learner's
 * machine (they cloned the workshop), and its diff is the one they know. The output goes straight
 * to the terminal, in colour when ours is.
 */
public final class GitDiff implements SolutionDiff {

    private final Terminal terminal;
    private final Path root;

    public GitDiff(Terminal terminal, Path root) {
        this.terminal = terminal;
        this.root = root;
    }

    @Override
    public int show(Path learner, Path solution) {
        List<String> common = List.of("git", "--no-pager", "diff", "--no-index",
                terminal.colours() ? "--color=always" : "--no-color");
        try {
            run(with(common, "--stat", learner, solution));
            terminal.println();
            int exit = run(with(common, "", learner, solution));
            return exit <= 1 ? 0 : exit; // git diff: 1 means "there are differences"
        } catch (IOException e) {
            terminal.error("Could not run git (" + e.getMessage() + "). Compare the two folders in your IDE instead.");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private List<String> with(List<String> common, String option, Path learner, Path solution) {
        List<String> command = new ArrayList<>(common);
        if (!option.isEmpty()) {
            command.add(option);
        }
        command.add("--");
        command.add(root.relativize(learner).toString());
        command.add(root.relativize(solution).toString());
        return command;
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        terminal.out().flush();
        return new ProcessBuilder(command).directory(root.toFile()).inheritIO().start().waitFor();
    }
}
