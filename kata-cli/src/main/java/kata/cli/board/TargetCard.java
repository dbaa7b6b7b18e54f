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
    /** No line of the tool is wider than this: a projector, a split screen. */
    public static final int LINE_LIMIT = 100;
    /** A failure line can be a whole ArchUnit report; the full text is in the test output. */
    static final int MESSAGE_LIMIT = 240;

    private TargetCard() {
    }

    public static List<String> render(Terminal t, Step step, int targetsInStep, TargetProgress target, boolean deeper) {
        List<String> lines = new ArrayList<>();
        String title = "Target " + target.number() + "/" + targetsInStep + " of " + step.label() + ": ";
        String name = target.target().simpleName();
        String cases = target.hasCases() ? " (" + target.casesText() + ")" : "";
        String status = statusWord(t, target.status()) + cases;
        String plainStatus = statusText(target.status()) + cases;
        if (title.length() + name.length() + 2 + plainStatus.length() <= LINE_LIMIT) {
            lines.add(t.bold(title) + name + "  " + status);
        } else { // a long method name: the status gets a line of its own, the card stays in 100 columns
            lines.add(t.bold(title) + name);
            lines.add("  Status: " + status);
        }
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
        if (!target.failingCase().isBlank()) {
            lines.addAll(TextWrap.wrap(target.failingCase(), WIDTH, "  Failing case: ", "    "));
        }
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
        String text = statusText(status);
        return switch (status) {
            case PASSED -> t.green(text);
            case RED -> t.red(text);
            case SKIPPED -> t.yellow(text);
            case NOT_RUN -> t.dim(text);
        };
    }

    static String statusText(TargetStatus status) {
        return switch (status) {
            case PASSED -> "done";
            case RED -> "red";
            case SKIPPED -> "skipped";
            case NOT_RUN -> "not run yet";
        };
    }
}
