package kata.cli.commands;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.Terminal;
import kata.cli.workshop.Step;
import picocli.CommandLine.Command;

/**
 * {@code ./kata watch}: runs the current step's tests, then again whenever a file under the step
 * changes. When the step turns green it moves on to the next one. Ends with Ctrl-C.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Re-run the current step's tests whenever a file under it changes (Ctrl-C ends).")
public final class WatchCommand implements Callable<Integer> {

    private final KataContext kata;

    public WatchCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() throws InterruptedException {
        Terminal t = kata.terminal();
        Step step = CurrentStep.of(kata);
        while (true) {
            ChangeWatcher watcher;
            try {
                watcher = kata.watchers().watch(step.dir().resolve("src"));
            } catch (ChangeWatcher.Unavailable e) {
                t.error("File watching is unavailable here (" + e.getMessage() + ").");
                t.error("Instead, run this after each save: " + t.command("check " + step.id()));
                return 1;
            }
            try (watcher) {
                Optional<Step> next = watchUntilGreen(step, watcher);
                if (next.isEmpty()) {
                    return 0;
                }
                step = next.get();
            }
        }
    }

    /** @return the step to watch next when this one turned green; empty when the watcher closed */
    private Optional<Step> watchUntilGreen(Step step, ChangeWatcher watcher) throws InterruptedException {
        Terminal t = kata.terminal();
        boolean green = CheckCommand.check(kata, step);
        while (true) {
            if (green) {
                Step next = CurrentStep.of(kata);
                if (!next.id().equals(step.id())) {
                    t.println(t.green("On to " + next.id() + ": watching it now."));
                    return Optional.of(next);
                }
            }
            t.println(t.dim("Watching " + step.id() + "/src for changes - save a file to re-run, Ctrl-C to stop."));
            Optional<Path> changed = watcher.awaitChange();
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            t.println();
            t.println(t.cyan("Changed: " + kata.root().relativize(changed.get().toAbsolutePath())));
            green = CheckCommand.check(kata, step);
        }
    }
}
