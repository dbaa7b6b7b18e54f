package kata.cli.board;

/**
 * {@code [########............]} or, on a UTF-8 terminal, {@code ████████░░░░░░░░░░░░}.
 * Rounded down, so a bar is only full when everything is done.
 */
public final class ProgressBar {

    private ProgressBar() {
    }

    public static String of(int done, int total, int width, boolean unicode) {
        int filled = total <= 0 ? 0 : (int) ((long) Math.max(0, Math.min(done, total)) * width / total);
        if (unicode) {
            return "\u2588".repeat(filled) + "\u2591".repeat(width - filled);
        }
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }
}
