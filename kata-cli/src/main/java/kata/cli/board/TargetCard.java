package kata.cli.board;

import java.util.ArrayList;
import java.util.List;
import kata.cli.Terminal;
import kata.cli.workshop.Step;
import kata.cli.workshop.TargetProgress;
import kata.cli.workshop.TargetStatus;

/**
 * The few lines that tell a learner what to do next about one target: its name, the hint, the
 * README section to read and, when it ran, how it failed. The board and {@code ./kata hint}
 * both print it.
 */
public final class TargetCard {

    static final int WIDTH = 92;
    /** A failure line can be a whole ArchUnit report; the full text is in the test output. */
    static final int MESSAGE_LIMIT = 240;

    private TargetCard() {
    }

    public static List<String> render(Terminal t, Step step, int targetsInStep, TargetProgress target, boolean deeper) {
        List<String> lines = new ArrayList<>();
        lines.add(t.bold("Target " + target.number() + "/" + targetsInStep + " of " + step.label() + ": ")
                + target.target().simpleName() + "  " + statusWord(t, target.status()));
        lines.addAll(TextWrap.wrap(target.target().hint(), WIDTH, "  Hint: ", "        "));
        if (deeper) {
            String more = target.target().more();
            lines.addAll(more.isBlank()
                    ? List.of("  Deeper: there is no second hint for this target; the README section below"
                            + " walks through it, and " + t.command("solution " + step.id()) + " shows one answer.")
                    : TextWrap.wrap(more, WIDTH, "  Deeper: ", "          "));
        }
        String readme = target.target().readme();
        lines.add("  Read: " + step.id() + "/README.md" + readme);
        if (!target.message().isBlank()) {
            lines.addAll(TextWrap.wrap(shortened(target.message(), MESSAGE_LIMIT), WIDTH,
                    target.status() == TargetStatus.SKIPPED ? "  Skipped because: " : "  Last failure: ", "    "));
        }
        return lines;
    }

    /** The text, cut at a word boundary before {@code limit} characters, with "..." when cut. */
    public static String shortened(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit - 4);
        return text.substring(0, cut > limit / 2 ? cut : limit - 4) + " ...";
    }

    /** A status word that reads without colour too (projectors wash colours out). */
    public static String statusWord(Terminal t, TargetStatus status) {
        return switch (status) {
            case PASSED -> t.green("done");
            case RED -> t.red("red");
            case SKIPPED -> t.yellow("skipped");
            case NOT_RUN -> t.dim("not run yet");
        };
    }
}
