package kata.cli.commands;

import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.board.BoardRenderer;
import picocli.CommandLine.Command;

/** {@code ./kata} and {@code ./kata status}: the board. Reads files only; never a build, never the network. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "The board: every step's progress, the current step, the next target and its hint.")
public final class StatusCommand implements Callable<Integer> {

    private final KataContext kata;

    public StatusCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        BoardRenderer.render(kata.terminal(), kata.progress()).forEach(kata.terminal()::println);
        return 0;
    }
}
