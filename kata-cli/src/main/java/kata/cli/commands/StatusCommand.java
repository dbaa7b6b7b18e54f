package kata.cli.commands;

import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.board.BoardRenderer;
import kata.cli.workshop.WorkshopProgress;
import picocli.CommandLine.Command;

/**
 * {@code ./kata} and {@code ./kata status}: the board. Reads files only; never a build, never the
 * network. Exit code 0 only when the board is all green (every target of every step, no given
 * test broken), 1 otherwise: the same verdict the board shows, so a script can trust either.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "The board: every step's progress, the current step, the next target and its hint."
        + " Exit code 0 = all green, 1 = not yet.")
public final class StatusCommand implements Callable<Integer> {

    private final KataContext kata;

    public StatusCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        WorkshopProgress progress = kata.progress();
        BoardRenderer.render(kata.terminal(), progress).forEach(kata.terminal()::println);
        return progress.allDone() ? 0 : 1;
    }
}
