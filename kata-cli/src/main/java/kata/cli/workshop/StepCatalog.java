package kata.cli.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the steps of the workshop by looking at the repository, not at a hard-coded list: every
 * folder {@code step-NN-*} at the root that has a {@code pom.xml} is a step. Steps arrive as the
 * workshop grows, and the tool needs no change when one does.
 */
public final class StepCatalog {

    private static final Pattern STEP_FOLDER = Pattern.compile("step-(\\d{2})-[a-z0-9-]+");

    /** Nicer names for the steps we know; an unknown step gets a title made from its folder name. */
    private static final Map<String, String> KNOWN_TITLES = Map.of(
            "step-01-monolith", "The monolith",
            "step-02-extract-service", "Extract the service",
            "step-03-gateway", "The gateway",
            "step-04-queue", "The queue",
            "step-05-failure", "Design for failure");

    private final Path root;
    private final List<Step> steps;

    private StepCatalog(Path root, List<Step> steps) {
        this.root = root;
        this.steps = steps;
    }

    public static StepCatalog of(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            List<Step> steps = children
                    .filter(dir -> STEP_FOLDER.matcher(dir.getFileName().toString()).matches())
                    .filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .map(dir -> step(root, dir))
                    .sorted(Comparator.comparingInt(Step::number).thenComparing(Step::id))
                    .toList();
            return new StepCatalog(root, steps);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the steps in " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    public List<Step> steps() {
        return steps;
    }

    /**
     * The step a learner means: the folder name ({@code step-01-monolith}), its prefix
     * ({@code step-01}) or just the number ({@code 1}, {@code 01}).
     */
    public Optional<Step> find(String argument) {
        String wanted = argument.strip().toLowerCase(Locale.ROOT);
        if (wanted.endsWith("/")) {
            wanted = wanted.substring(0, wanted.length() - 1);
        }
        if (wanted.startsWith("solutions/")) {
            wanted = wanted.substring("solutions/".length());
        }
        if (wanted.matches("\\d{1,2}")) {
            int number = Integer.parseInt(wanted);
            return steps.stream().filter(s -> s.number() == number).findFirst();
        }
        String prefix = wanted;
        return steps.stream()
                .filter(s -> s.id().equals(prefix) || s.id().startsWith(prefix + "-"))
                .findFirst();
    }

    /** "step-01-monolith, step-02-extract-service": for error messages. */
    public String ids() {
        return steps.isEmpty() ? "(none found)" : String.join(", ", steps.stream().map(Step::id).toList());
    }

    private static Step step(Path root, Path dir) {
        String id = dir.getFileName().toString();
        Matcher m = STEP_FOLDER.matcher(id);
        int number = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        Path solution = root.resolve("solutions").resolve(id);
        return new Step(id, number, KNOWN_TITLES.getOrDefault(id, titleFromFolder(id)), dir,
                Files.isRegularFile(solution.resolve("pom.xml")) ? solution : null);
    }

    /** {@code step-06-event-sourcing} becomes "Event sourcing". */
    static String titleFromFolder(String id) {
        String words = id.replaceFirst("^step-\\d{2}-", "").replace('-', ' ');
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
