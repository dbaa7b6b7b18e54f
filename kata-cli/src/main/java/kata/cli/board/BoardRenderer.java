package kata.cli.board;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kata.cli.Terminal;
import kata.cli.workshop.StepProgress;
import kata.cli.workshop.TargetProgress;
import kata.cli.workshop.TargetStatus;
import kata.cli.workshop.WorkshopProgress;

/**
 * The board {@code ./kata} prints: every step with a progress bar, the overall count, the current
 * step's targets, and the next red target with its hint.
 *
 * <pre>
 * Decomposing the Monolith - your progress
 *
 *   01  The monolith           [########............]  2/5   &lt;- you are here
 *   02  Extract the service    [....................]  0/4
 *       overall                [####................]  2/9 targets
 * </pre>
 */
public final class BoardRenderer {

    private static final int BAR_WIDTH = 20;
    /** Sub-lines of a target start under its name. */
    private static final String CASES_INDENT = " ".repeat(19);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private BoardRenderer() {
    }

    public static List<String> render(Terminal t, WorkshopProgress progress) {
        List<String> lines = new ArrayList<>();
        lines.add(t.bold("Decomposing the Monolith - your progress"));
        lines.add("");
        if (progress.steps().isEmpty()) {
            lines.add("  No steps found: run " + t.launcher() + " from the root of the workshop repository.");
            return lines;
        }
        int titleWidth = progress.steps().stream().mapToInt(s -> s.step().title().length()).max().orElse(10);
        StepProgress current = progress.current().orElse(null);
        for (StepProgress step : progress.steps()) {
            lines.add(stepLine(t, step, titleWidth, step == current));
        }
        lines.add(String.format("  %-2s  %-" + titleWidth + "s  %s  %s", "", "overall",
                ProgressBar.of(progress.done(), progress.total(), BAR_WIDTH, t.unicode()),
                t.bold(progress.done() + "/" + progress.total() + " targets")));
        lines.add("");
        if (current == null) {
            lines.addAll(finished(t, progress));
        } else {
            lines.addAll(currentStep(t, current));
        }
        return lines;
    }

    private static String stepLine(Terminal t, StepProgress step, int titleWidth, boolean isCurrent) {
        String count = step.hasTargets() ? step.done() + "/" + step.total() : "-";
        String bar = ProgressBar.of(step.done(), step.total(), BAR_WIDTH, t.unicode());
        String coloured = step.green() ? t.green(bar) : bar;
        String note = isCurrent ? t.cyan("  <- you are here")
                : step.green() ? t.green("  done")
                : step.hasTargets() ? "" : t.dim("  (no targets yet)");
        return String.format("  %02d  %-" + titleWidth + "s  %s  %-5s%s", step.step().number(), step.step().title(),
                coloured, count, note);
    }

    private static List<String> currentStep(Terminal t, StepProgress step) {
        List<String> lines = new ArrayList<>();
        lines.add(t.bold("Current step: " + step.step().id()) + "  (story and targets: " + step.step().id() + "/README.md)");
        lines.add("  " + lastRun(t, step));
        for (TargetProgress target : step.targets()) {
            lines.add(String.format("    %-11s %d. %s", TargetCard.statusWord(t, target.status()), target.number(),
                    target.target().simpleName()));
            if (target.hasCases() && !target.done()) {
                lines.add(casesLine(target));
            }
        }
        for (String broken : step.brokenGiven()) {
            lines.add(TargetCard.shortened("    " + t.red("BROKEN") + "      " + broken, TargetCard.LINE_LIMIT));
        }
        if (!step.brokenGiven().isEmpty()) {
            lines.add(t.dim("                (given tests, green on the starter: keep them green)"));
        }
        lines.add("");
        step.next().ifPresent(next -> {
            lines.add(t.bold("Next: ") + "make it green.");
            lines.addAll(TargetCard.render(t, step.step(), step.total(), next, false));
            lines.add("");
        });
        lines.add("Edit " + step.step().id() + "/src/main, then " + t.command("check") + " (or "
                + t.command("watch") + " to re-run on every save).");
        lines.add("Stuck? " + t.command("hint") + ", twice.");
        return lines;
    }

    /**
     * Under a parameterized target that is not green: how many cases passed and which one failed
     * first, e.g. {@code 3/5 cases; failing: a service that answers 500: purchased(...) ...}.
     */
    private static String casesLine(TargetProgress target) {
        String failing = target.failingCase().isBlank() ? "" : "; failing: " + target.failingCase();
        return TargetCard.shortened(CASES_INDENT + target.casesText() + failing, TargetCard.LINE_LIMIT);
    }

    private static String lastRun(Terminal t, StepProgress step) {
        if (step.lastRun().isEmpty()) {
            return t.dim("Tests not run yet: " + t.command("check") + " runs them.");
        }
        String when = "Tests last run " + WHEN.format(step.lastRun().get()) + ".";
        boolean skipped = step.targets().stream().anyMatch(x -> x.status() == TargetStatus.SKIPPED);
        String note = step.stale() ? " You changed files since: " + t.command("check") + " to refresh." : "";
        String skip = skipped ? " Skipped targets need something missing: " + t.command("doctor") + "." : "";
        return t.dim(when + note + skip);
    }

    private static List<String> finished(Terminal t, WorkshopProgress progress) {
        if (progress.total() == 0) {
            return List.of("No targets found in the steps yet.");
        }
        return List.of(t.green(t.bold("All " + progress.total() + " targets are green.")) + " The shop survives the night.",
                "See it for yourself: " + t.command("demo outage") + ", then " + t.command("demo survive") + ".");
    }
}
