package kata.cli.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a step's targets by reading its test sources, so the board knows them before the tests
 * have ever run: on a fresh clone {@code ./kata} shows "0/5" and the first hint without
 * compiling anything.
 *
 * <p>It is a deliberately simple scan, not a Java parser: find {@code @Exercise(...)}, read the
 * {@code hint}, {@code more} and {@code readme} string literals (concatenations included), and
 * take the next {@code name(} after the annotation as the method. Comments and string contents
 * are blanked first ({@link JavaSourceText}), so they cannot fool it.
 */
public final class ExerciseScanner {

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    private static final Pattern EXERCISE = Pattern.compile("@\\s*(?:kata\\.testkit\\.)?Exercise\\s*\\(");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|record|enum|interface)\\s+(\\w+)");
    private static final Pattern ANNOTATION = Pattern.compile("\\G\\s*@\\s*[\\w.]+\\s*");
    private static final Pattern METHOD_NAME = Pattern.compile("(\\w+)\\s*\\(");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(\\w+)\\s*=");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\])*)\"",
            Pattern.DOTALL);

    private ExerciseScanner() {
    }

    /**
     * The targets under {@code testSources}, in the order the step README numbers them
     * ({@code #target-1-...} first), then in file order for any without a number.
     */
    public static List<Target> scan(Path testSources) {
        if (!Files.isDirectory(testSources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(testSources)) {
            List<Target> found = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".java")).sorted()
                    .forEach(f -> found.addAll(scanSource(read(f), className(f))));
            return ordered(found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tests in " + testSources, e);
        }
    }

    /** Stable sort: README-numbered targets by number, the others after them in the order found. */
    static List<Target> ordered(List<Target> targets) {
        List<Target> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparingInt(t -> t.readmeNumber().orElse(Integer.MAX_VALUE)));
        return sorted;
    }

    /**
     * The targets in one source file.
     *
     * @param fallbackClassName the class name to use when the file declares no type we can see
     */
    static List<Target> scanSource(String source, String fallbackClassName) {
        JavaSourceText text = JavaSourceText.of(source);
        String code = text.code();
        Matcher pkg = PACKAGE.matcher(code);
        String packagePrefix = pkg.find() ? pkg.group(1) + "." : "";
        List<TypeSpan> types = TypeSpan.findAll(code);
        List<Target> targets = new ArrayList<>();
        Matcher exercise = EXERCISE.matcher(code);
        while (exercise.find()) {
            int open = exercise.end() - 1;
            int close = matching(code, open, '(', ')');
            if (close < 0) {
                break; // an unfinished file (someone is typing): take what we have
            }
            Map<String, String> attributes = attributes(code, text.withStrings(), open + 1, close);
            String method = methodAfter(code, close + 1);
            if (method == null) {
                continue;
            }
            String className = TypeSpan.enclosing(types, exercise.start())
                    .map(name -> packagePrefix + name)
                    .orElse(fallbackClassName);
            targets.add(new Target(className, method, attributes.getOrDefault("hint", ""),
                    attributes.getOrDefault("more", ""), attributes.getOrDefault("readme", "")));
        }
        return targets;
    }

    /** {@code hint = "a" + "b", readme = "#x"} becomes {hint=ab, readme=#x}. */
    private static Map<String, String> attributes(String code, String withStrings, int from, int to) {
        List<MatchResult> names = ATTRIBUTE.matcher(code).region(from, to).results().toList();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int valueStart = names.get(i).end();
            int valueEnd = i + 1 < names.size() ? names.get(i + 1).start() : to;
            attributes.put(names.get(i).group(1), concatenatedLiterals(withStrings.substring(valueStart, valueEnd)));
        }
        return attributes;
    }

    /** The text of every string literal in an expression, joined: {@code "a" + "b"} is "ab". */
    private static String concatenatedLiterals(String expression) {
        StringBuilder value = new StringBuilder();
        Matcher literal = STRING_LITERAL.matcher(expression);
        while (literal.find()) {
            String text = literal.group(1) != null
                    ? literal.group(1).replaceFirst("^[ \\t]*\\R", "").stripIndent()
                    : literal.group(2);
            try {
                value.append(text.translateEscapes());
            } catch (IllegalArgumentException oddEscape) {
                value.append(text);
            }
        }
        return value.toString().strip();
    }

    /** The first {@code name(} after the annotation, skipping any further annotations. */
    private static String methodAfter(String code, int from) {
        int position = from;
        Matcher annotation = ANNOTATION.matcher(code);
        while (annotation.find(position) && annotation.start() == position) {
            position = annotation.end();
            if (position < code.length() && code.charAt(position) == '(') {
                int close = matching(code, position, '(', ')');
                if (close < 0) {
                    return null;
                }
                position = close + 1;
            }
        }
        Matcher method = METHOD_NAME.matcher(code);
        return method.find(position) ? method.group(1) : null;
    }

    /** Index of the bracket closing the one at {@code open}, or -1. Strings are already blank. */
    static int matching(String code, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String className(Path file) {
        return file.getFileName().toString().replaceFirst("\\.java$", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A type declaration and the extent of its body, to name the class a method sits in. */
    private record TypeSpan(String name, int bodyStart, int bodyEnd) {

        static List<TypeSpan> findAll(String code) {
            List<TypeSpan> spans = new ArrayList<>();
            Matcher type = TYPE.matcher(code);
            while (type.find()) {
                int open = code.indexOf('{', type.end());
                int close = open < 0 ? -1 : matching(code, open, '{', '}');
                if (close > 0) {
                    spans.add(new TypeSpan(type.group(1), open, close));
                }
            }
            return spans;
        }

        /** {@code Outer$Inner} for a method in a nested class, as JUnit and the results file name it. */
        static java.util.Optional<String> enclosing(List<TypeSpan> spans, int position) {
            List<String> names = spans.stream()
                    .filter(s -> s.bodyStart < position && position < s.bodyEnd)
                    .sorted(Comparator.comparingInt(TypeSpan::bodyStart))
                    .map(TypeSpan::name)
                    .toList();
            return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("$", names));
        }
    }
}
