package kata.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.Terminal;
import kata.cli.UsageError;
import kata.cli.board.TargetCard;
import kata.cli.workshop.StepProgress;
import kata.cli.workshop.TargetProgress;
import kata.cli.workshop.WorkshopProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ./kata hint [TARGET]}: the hint for the next target (or the one named); asked again for
 * the same target, the deeper hint too.
 */
@Command(name = "hint", mixinStandardHelpOptions = true, description = "The hint for the next target (or TARGET); ask twice for a deeper one.")
public final class HintCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "TARGET",
            description = "a test method, Class.method, or the target's number in the current step")
    String targetArgument;

    private final KataContext kata;

    public HintCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        Terminal t = kata.terminal();
        WorkshopProgress progress = kata.progress();
        Found found = targetArgument == null ? next(progress) : named(progress, targetArgument);
        if (found == null && progress.current().isPresent()) {
            StepProgress step = progress.current().get(); // all its targets green, a given test broken
            t.println(t.red("Every target of " + step.step().id() + " is green, but a given test is broken:"));
            step.brokenGiven().forEach(broken -> t.println("  " + TargetCard.shortened(broken, TargetCard.LINE_LIMIT - 2)));
            t.println("Given tests were green on the starter: undo what broke it, then " + t.command("check") + ".");
            return 0;
        }
        if (found == null) {
            t.println(t.green("Every target is green: no hint needed.") + " Try " + t.command("demo survive") + ".");
            return 0;
        }
        int asked = new HintLedger(kata.root()).ask(found.target().target());
        TargetCard.render(t, found.step().step(), found.step().total(), found.target(), asked > 1).forEach(t::println);
        if (asked == 1) {
            t.println(t.dim("Still stuck? Ask again (" + t.command("hint" + (targetArgument == null ? "" : " " + targetArgument))
                    + ") for a deeper hint."));
        }
        return 0;
    }

    private record Found(StepProgress step, TargetProgress target) {
    }

    private static Found next(WorkshopProgress progress) {
        return progress.current().flatMap(step -> step.next().map(target -> new Found(step, target))).orElse(null);
    }

    private static Found named(WorkshopProgress progress, String word) {
        StepProgress current = progress.current().orElse(null);
        if (current != null && word.matches("\\d+")) {
            int number = Integer.parseInt(word);
            return current.targets().stream().filter(t -> t.number() == number).findFirst()
                    .map(t -> new Found(current, t))
                    .orElseThrow(() -> unknown(word, current));
        }
        List<StepProgress> searchOrder = current == null ? progress.steps()
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(current), progress.steps().stream()).toList();
        for (StepProgress step : searchOrder) {
            for (TargetProgress target : step.targets()) {
                if (target.target().isNamed(word)) {
                    return new Found(step, target);
                }
            }
        }
        throw unknown(word, current);
    }

    private static UsageError unknown(String word, StepProgress current) {
        String choices = current == null ? "" : " Targets of " + current.step().id() + ": "
                + String.join(", ", current.targets().stream()
                        .map(t -> t.number() + " " + t.target().simpleName()).toList());
        return new UsageError("unknown target '" + word + "'." + choices);
    }
}
