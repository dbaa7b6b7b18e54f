package kata.cli.workshop;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kata.cli.FileTimes;

/**
 * Finds a step's targets by parsing its test sources with JavaParser, so the board knows them
 * before the tests have ever run: on a fresh clone {@code ./kata} shows "0/5" and the first hint
 * without compiling anything. A target is a method annotated {@code @Exercise}; its {@code hint},
 * {@code more} and {@code readme} are string literals (concatenations and text blocks included).
 */
public final class ExerciseScanner {

    private static final JavaParser PARSER = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    /** The targets of a folder, and which state of the folder they were read from. */
    private record Scan(String version, List<Target> targets) {
    }

    private static final Map<Path, Scan> SCANNED = new HashMap<>();

    private ExerciseScanner() {
    }

    /**
     * The targets under {@code testSources}, in the order the step README numbers them
     * ({@code #target-1-...} first), then in file order for any without a number.
     */
    // synchronized: a JavaParser is not safe for two threads, and ./kata check scans ahead on one
    // while the board may want the same folder on another - which then finds it parsed.
    public static synchronized List<Target> scan(Path testSources) {
        if (!Files.isDirectory(testSources)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(testSources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tests in " + testSources, e);
        }
        // Parsing is most of the time ./kata takes to draw the board, and a check draws it more
        // than once: a folder is parsed again only when a file in it changed, came or went.
        String version = files.size() + " files, newest " + files.stream().map(FileTimes::modified).max(Comparator.naturalOrder());
        Scan known = SCANNED.get(testSources);
        if (known != null && known.version().equals(version)) {
            return known.targets();
        }
        List<Target> found = new ArrayList<>();
        // only files that mention it are parsed: two of three test files have no target
        files.stream().map(ExerciseScanner::read).filter(source -> source.contains("Exercise"))
                .forEach(source -> found.addAll(scanSource(source)));
        List<Target> targets = ordered(found);
        SCANNED.put(testSources, new Scan(version, targets));
        return targets;
    }

    /** Stable sort: README-numbered targets by number, the others after them in the order found. */
    static List<Target> ordered(List<Target> targets) {
        List<Target> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparingInt(t -> t.readmeNumber().orElse(Integer.MAX_VALUE)));
        return sorted;
    }

    /** The targets in one source file; a file that does not parse (someone is typing) has none yet. */
    static synchronized List<Target> scanSource(String source) {
        return PARSER.parse(source).getResult().filter(unit -> unit.getParsed() == Node.Parsedness.PARSED)
                .map(ExerciseScanner::targets).orElse(List.of());
    }

    private static List<Target> targets(CompilationUnit unit) {
        List<Target> targets = new ArrayList<>();
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            method.getAnnotationByName("Exercise").ifPresent(exercise -> {
                Map<String, String> attributes = attributes(exercise);
                targets.add(new Target(className(method), method.getNameAsString(), attributes.getOrDefault("hint", ""),
                        attributes.getOrDefault("more", ""), attributes.getOrDefault("readme", "")));
            });
        }
        return targets;
    }

    private static Map<String, String> attributes(AnnotationExpr exercise) {
        return exercise.findAll(MemberValuePair.class).stream()
                .collect(Collectors.toMap(MemberValuePair::getNameAsString, pair -> text(pair.getValue()).strip()));
    }

    /** The text of a string constant: {@code "a" + "b"} is "ab"; a text block as Java reads it. */
    private static String text(Expression expression) {
        if (expression instanceof BinaryExpr concatenation) {
            return text(concatenation.getLeft()) + text(concatenation.getRight());
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return block.asString();
        }
        return expression instanceof StringLiteralExpr literal ? literal.asString() : "";
    }

    /** {@code package.Outer$Inner} for a method in a nested class, as JUnit and the results file name it. */
    private static String className(MethodDeclaration method) {
        List<String> names = new ArrayList<>();
        for (Node node = method; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof TypeDeclaration<?> type) {
                names.add(0, type.getNameAsString());
            }
        }
        String packagePrefix = method.findCompilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
                .map(pkg -> pkg.getNameAsString() + ".").orElse("");
        return packagePrefix + String.join("$", names);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
