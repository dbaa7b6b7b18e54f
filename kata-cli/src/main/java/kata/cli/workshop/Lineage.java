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
 * <p>A step's program is its starter's {@code src/main/java} (the files the learner edits) plus
 * {@code src/given/java} (the step's files the learner reads but never edits; its solution
 * compiles that same folder). A file a starter shares with the previous step's program (the same
 * class, in the previous solution or its starter's {@code src/given}; under {@code src/test}, the
 * previous starter's tests, which that solution runs) is identical to it, unless the starter's
 * {@value #CHANGES_FILE} declares it changed, and says why. A solution holds only the files whose
 * starter copy carries a {@code TODO(}: the learner changes only what a TODO asks for, and a file
 * no TODO touches lives once, in {@code src/given}. Everything that no step changes lives once,
 * in {@code shop/}, {@code platform/} or {@code shop-web/}.
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
    /** The files the learner edits (a solution holds its answers here). */
    private static final String MAIN = "src/main/";
    /** The step's files the learner reads but never edits: in the starter only, compiled by both. */
    private static final String GIVEN = "src/given/";

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

    /**
     * Where a path of {@code step}'s folder stood in the previous step: a class of its program (in
     * the previous solution, its starter's {@code src/given}, or what that step carried forward
     * itself); a test in the previous starter.
     */
    public Path before(Step previous, String path) {
        Optional<String> source = sourcePath(path);
        if (source.isEmpty()) {
            return previous.dir().resolve(path);
        }
        Path solved = previous.solutionDir().resolve(MAIN + source.get());
        Path given = previous.dir().resolve(GIVEN + source.get());
        if (Files.exists(solved) || Files.exists(given)) {
            return Files.exists(solved) ? solved : given;
        }
        Step earlier = carriesForward(previous) ? link(previous).previous() : null;
        return earlier == null ? solved : before(earlier, path);
    }

    /**
     * A step that carries forward holds only what it changes or adds; the build copies the rest of
     * the previous solution's classes into its {@code target/generated-sources/carried}
     * ({@code tools/CarryForward.java}, enabled by the {@code carry-forward} execution in its pom).
     */
    public static boolean carriesForward(Step step) {
        Path pom = step.dir().resolve("pom.xml");
        return Files.exists(pom) && read(pom).contains("<id>carry-forward</id>");
    }

    /** {@code java/kata/X.java} for a file of the program ({@code src/main} or {@code src/given}). */
    private static Optional<String> sourcePath(String path) {
        for (String root : List.of(MAIN, GIVEN)) {
            if (path.startsWith(root)) {
                return Optional.of(path.substring(root.length()));
            }
        }
        return Optional.empty();
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
            if (same && !declared.containsKey(path) && sourcePath(path).isPresent() && carriesForward(step)) {
                problems.add(where + " is a copy of " + origin + ", which " + step.id() + " carries forward"
                        + " from the previous solution at build time. Delete the copy.");
            } else if (!same && !declared.containsKey(path)) {
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
        String solutionId = "solutions/" + step.id() + "/";
        for (String path : files(step.dir())) {
            Path starter = step.dir().resolve(path);
            if (path.startsWith(GIVEN) && Files.exists(solution.resolve(MAIN + path.substring(GIVEN.length())))) {
                problems.add(solutionId + MAIN + path.substring(GIVEN.length()) + " is a copy of the given " + step.id()
                        + "/" + path + ", which the solution compiles already. Delete the copy.");
            }
            Path answer = solution.resolve(path);
            if (!path.startsWith(MAIN) || !Files.exists(answer) || read(starter).contains("TODO(")) {
                continue;
            }
            if (sameContent(starter, answer)) {
                problems.add(step.id() + "/" + path + " has no TODO and is the same in " + solutionId + ": the learner"
                        + " never edits it. Move it to " + step.id() + "/" + GIVEN + path.substring(MAIN.length())
                        + " and delete the solution's copy; both compile that folder.");
            } else {
                problems.add(solutionId + path + " differs from the starter's copy, which has no"
                        + " TODO asking for a change. Make the two identical, or add the TODO to the starter.");
            }
        }
        return problems;
    }

    /** The files under a step's {@code src/main}, {@code src/given} and {@code src/test}, relative to it. */
    static List<String> files(Path stepDir) {
        List<String> files = new ArrayList<>();
        for (String tree : List.of("src/main", "src/given", "src/test")) {
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
