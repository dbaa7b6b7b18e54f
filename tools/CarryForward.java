import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Step N+1 begins where step N's solution ends, without a copy of step N in its folder.
 *
 * <p>A step's program is what its solution compiles: the classes it carries forward from the
 * step it begins from, then its starter's {@code src/given/java}, then the solution's
 * {@code src/main/java}. A starter that carries forward (its pom enables the
 * {@code carry-forward} execution) holds only what it changes or adds; the build runs this program before
 * compiling, and it copies every class of the previous step's program that the starter does not
 * hold into {@code target/generated-sources/carried}, a source folder of the starter and its
 * solution. So an earlier lesson lives once, in the step that teaches it, and a step cannot drift
 * from it. {@code ./kata diff} shows what a step changes; the starter's {@code changes.txt}
 * says why, and the lineage check ({@code kata.cli.workshop.Lineage}, run by {@code ./mvnw
 * verify}) fails on a change it does not declare. Single-file Java on purpose: the build runs it
 * with {@code java CarryForward.java}, before any module of the workshop is compiled.
 *
 * <p>Usage: {@code java CarryForward.java WORKSHOP_ROOT STEP_ID OUTPUT_DIR}
 */
public final class CarryForward {

    private static final String MAIN = "src/main/java";
    private static final String GIVEN = "src/given/java";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java CarryForward.java WORKSHOP_ROOT STEP_ID OUTPUT_DIR");
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        String step = args[1];
        Path out = Path.of(args[2]);
        Map<String, Path> carried = carried(root, step);
        for (String stale : files(out)) { // a class the step took over since the last build must not linger
            if (!carried.containsKey(stale)) {
                Files.delete(out.resolve(stale));
            }
        }
        for (Map.Entry<String, Path> entry : carried.entrySet()) {
            Path target = out.resolve(entry.getKey());
            // Unchanged files keep their time stamp, so the compiler does not rebuild the module each run.
            if (!Files.exists(target) || Files.mismatch(target, entry.getValue()) != -1) {
                Files.createDirectories(target.getParent());
                Files.copy(entry.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.printf("[carry] %s carries %d classes forward from %s%n", step, carried.size(),
                previous(root, step).map(p -> "solutions/" + p).orElse("no earlier step"));
    }

    /** The previous step's program, less every class {@code step}'s starter holds itself. */
    static Map<String, Path> carried(Path root, String step) throws IOException {
        Optional<String> previous = previous(root, step);
        if (previous.isEmpty()) {
            return new TreeMap<>();
        }
        Map<String, Path> carried = program(root, previous.get());
        for (String own : sources(root.resolve(step))) {
            carried.remove(own);
        }
        return carried;
    }

    /** What {@code step}'s solution compiles, by path below the source folder. */
    static Map<String, Path> program(Path root, String step) throws IOException {
        Map<String, Path> program = carries(root, step) ? carried(root, step) : new TreeMap<>();
        for (Path folder : List.of(root.resolve(step).resolve(GIVEN), root.resolve("solutions").resolve(step).resolve(MAIN))) {
            for (String path : files(folder)) {
                program.put(path, folder.resolve(path));
            }
        }
        return program;
    }

    /** The starter's own classes: those it changes, and those it adds. */
    private static List<String> sources(Path starter) throws IOException {
        List<String> own = new ArrayList<>(files(starter.resolve(MAIN)));
        own.addAll(files(starter.resolve(GIVEN)));
        return own;
    }

    /** A step carries forward when its pom enables it (step 03 depends on step 02's solution instead). */
    private static boolean carries(Path root, String step) throws IOException {
        Path pom = root.resolve(step).resolve("pom.xml");
        return Files.exists(pom) && Files.readString(pom).contains("<id>carry-forward</id>");
    }

    /**
     * The step {@code step} begins from: the one its {@code changes.txt} names on an
     * {@code @from} line, or else the nearest earlier step that has a solution.
     */
    static Optional<String> previous(Path root, String step) throws IOException {
        Path changes = root.resolve(step).resolve("changes.txt");
        if (Files.exists(changes)) {
            Optional<String> from = Files.readAllLines(changes).stream().map(String::strip)
                    .filter(line -> line.startsWith("@from ")).map(line -> line.substring(6).strip()).findFirst();
            if (from.isPresent()) {
                return from;
            }
        }
        try (Stream<Path> steps = Files.list(root.resolve("solutions"))) {
            return steps.map(p -> p.getFileName().toString())
                    .filter(id -> id.matches("step-\\d\\d-.*") && id.compareTo(step) < 0)
                    .max(Comparator.naturalOrder());
        }
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
