package kata.cli.workshop;

/**
 * A Java source file seen two ways, character for character aligned, so a simple scanner can
 * find structure without being fooled:
 * <ul>
 *   <li>{@link #code()}: comments <em>and</em> the contents of string literals blanked out, so
 *       an {@code @Exercise} or a brace inside a comment or a string is never mistaken for code;
 *   <li>{@link #withStrings()}: only comments blanked, to read the literals' text back.
 * </ul>
 * Blanking (with spaces, newlines kept) instead of deleting keeps every position valid in both.
 */
final class JavaSourceText {

    private final String code;
    private final String withStrings;

    private JavaSourceText(String code, String withStrings) {
        this.code = code;
        this.withStrings = withStrings;
    }

    static JavaSourceText of(String source) {
        StringBuilder code = new StringBuilder(source);
        StringBuilder withStrings = new StringBuilder(source);
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(code, i, end);
                blank(withStrings, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(code, i, end);
                blank(withStrings, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                blank(code, i + 3, end);
                i = Math.min(n, end + 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                int end = endOfLiteral(source, i);
                blank(code, i + 1, end - 1);
                i = end;
            } else {
                i++;
            }
        }
        return new JavaSourceText(code.toString(), withStrings.toString());
    }

    String code() {
        return code;
    }

    String withStrings() {
        return withStrings;
    }

    /** Position just after the closing quote of the literal starting at {@code start}. */
    private static int endOfLiteral(String source, int start) {
        char quote = source.charAt(start);
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return source.length();
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }
}
