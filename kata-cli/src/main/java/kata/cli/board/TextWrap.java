package kata.cli.board;

import java.util.ArrayList;
import java.util.List;

/** Wraps long hints at word boundaries, so a board stays readable in an 80-column terminal. */
public final class TextWrap {

    private TextWrap() {
    }

    /**
     * @param firstPrefix what the first line starts with, e.g. {@code "  Hint: "}
     * @param indent      what every following line starts with, usually spaces as wide as the prefix
     */
    public static List<String> wrap(String text, int width, String firstPrefix, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstPrefix);
        int prefixLength = firstPrefix.length();
        for (String word : text.strip().split("\\s+")) {
            boolean lineHasWords = line.length() > prefixLength;
            if (lineHasWords && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                prefixLength = indent.length();
            } else if (lineHasWords) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
