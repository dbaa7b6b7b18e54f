package kata.cli.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The promise between steps: step N+1's starter begins exactly where step N's solution ends.
 *
 * <p>A file a starter shares with the previous step's solution (same path under {@code src/main};
 * under {@code src/test}, the previous starter's tests, which that solution runs) is identical
 * to it, unless the starter's {@value #CHANGES_FILE} declares it changed, and says why. A file a
 * solution shares with its own starter is identical unless the starter's copy carries a
 * {@code TODO(}: the learner changes only what a TODO asks for. Everything else that a step needs
 * and does not change lives once, in {@code shop/}, {@code platform/} or {@code shop-web/}.
 */
public final class Lineage {

    /** One line per changed file: its path in the step folder, then why it changed. */
    public static final String CHANGES_FILE = "changes.txt";
    /**
     * A line {@code @from step-02-extract-service} in the changes file names the step whose
     * solution this one begins from, when that is not the step just before it (steps built in
     * parallel). Without it, a step begins where the nearest earlier solution ends.
     */
    static final String FROM = "@from ";

    /** A file the starter changes on purpose, and why. */
    public record Change(String path, String why) {
    }

    /** The step, what came before it, and what it changes. */
    public record Link(Step step, Step previous, List<Change> changes, List<String> added) {
    }

    private final StepCatalog catalog;

    public Lineage(StepCatalog catalog) {
        this.catalog = catalog;
    }

    /** The step before {@code step} that has a solution, if any: where {@code step} begins. */
    public Link link(Step step) {
        Optional<String> from = declaredBase(step);
        Step previous = catalog.steps().stream()
                .filter(s -> s.number() < step.number() && s.solution().isPresent())
                .filter(s -> from.isEmpty() || s.id().equals(from.get()))
                .reduce((first, second) -> second).orElse(null);
        List<String> added = previous == null ? List.of() : files(step.dir()).stream()
                .filter(path -> !Files.exists(before(previous, path)))
                .toList();
        return new Link(step, previous, List.copyOf(declared(step).values()), added);
    }

    /** Every broken promise in the workshop, each a sentence that says how to mend it. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Step step : catalog.steps()) {
            Link link = link(step);
            declaredBase(step).filter(base -> link.previous() == null).ifPresent(base -> problems.add(step.id() + "/"
                    + CHANGES_FILE + " says the step begins from " + base + ", an earlier step with a solution;"
                    + " there is none by that name."));
            if (link.previous() != null) {
                problems.addAll(againstPrevious(step, link.previous()));
            }
            step.solution().ifPresent(solution -> problems.addAll(againstOwnSolution(step, solution)));
        }
        return problems;
    }

    /** Where a path of {@code step}'s folder stood in the previous step: its solution, or its tests. */
    public static Path before(Step previous, String path) {
        return path.startsWith("src/main/") ? previous.solutionDir().resolve(path) : previous.dir().resolve(path);
    }

    private List<String> againstPrevious(Step step, Step previous) {
        List<String> problems = new ArrayList<>();
        Map<String, Change> declared = declared(step);
        String changes = step.id() + "/" + CHANGES_FILE;
        for (String path : files(step.dir())) {
            Path earlier = before(previous, path);
            if (!Files.exists(earlier)) {
                continue; // new in this step: nothing to drift from
            }
            boolean same = sameContent(earlier, step.dir().resolve(path));
            String where = step.id() + "/" + path;
            String origin = catalog.root().relativize(earlier).toString().replace('\\', '/');
            if (!same && !declared.containsKey(path)) {
                problems.add(where + " differs from " + origin + ", and " + changes
                        + " does not declare it. Copy the previous version over it, or add the line '"
                        + path + "  <why it changes>' to " + changes + ".");
            } else if (same && declared.containsKey(path)) {
                problems.add(changes + " declares " + path + " changed, but it is identical to " + origin
                        + ". Remove the line.");
            }
        }
        for (String path : declared.keySet()) {
            if (!Files.exists(step.dir().resolve(path)) || !Files.exists(before(previous, path))) {
                problems.add(changes + " declares " + path + ", which is not in both " + step.id() + " and "
                        + previous.id() + ". Remove the line, or fix the path.");
            }
        }
        return problems;
    }

    private List<String> againstOwnSolution(Step step, Path solution) {
        List<String> problems = new ArrayList<>();
        for (String path : files(step.dir())) {
            Path answer = solution.resolve(path);
            Path starter = step.dir().resolve(path);
            if (path.startsWith("src/main/") && Files.exists(answer) && !sameContent(starter, answer)
                    && !read(starter).contains("TODO(")) {
                problems.add("solutions/" + step.id() + "/" + path + " differs from the starter's copy, which has no"
                        + " TODO asking for a change. Make the two identical, or add the TODO to the starter.");
            }
        }
        return problems;
    }

    /** The files under a step's {@code src/main} and {@code src/test}, as paths relative to it. */
    static List<String> files(Path stepDir) {
        List<String> files = new ArrayList<>();
        for (String tree : List.of("src/main", "src/test")) {
            Path dir = stepDir.resolve(tree);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .map(file -> stepDir.relativize(file).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return files;
    }

    /** The step's {@value #CHANGES_FILE}: blank lines and {@code #} comments are skipped. */
    static Map<String, Change> declared(Step step) {
        Path file = step.dir().resolve(CHANGES_FILE);
        Map<String, Change> changes = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return changes;
        }
        Arrays.stream(read(file).split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith(FROM))
                .forEach(line -> {
                    String[] pathAndWhy = line.split("\\s+", 2);
                    changes.put(pathAndWhy[0], new Change(pathAndWhy[0], pathAndWhy.length > 1 ? pathAndWhy[1] : ""));
                });
        return changes;
    }

    /** The step named by an {@code @from} line, if the changes file has one. */
    static Optional<String> declaredBase(Step step) {
        Path file = step.dir().resolve(CHANGES_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Arrays.stream(read(file).split("\\R")).map(String::strip)
                .filter(line -> line.startsWith(FROM)).map(line -> line.substring(FROM.length()).strip()).findFirst();
    }

    /** Line endings do not count: a checkout on Windows must not break the lineage. */
    private static boolean sameContent(Path a, Path b) {
        return normalised(read(a)).equals(normalised(read(b)));
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
