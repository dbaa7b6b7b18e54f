package kata.runtime.process;

import java.nio.file.Path;

/**
 * Which of the test JVMs of one Maven run this is. {@code ./kata check} runs a step's test
 * classes in several JVMs at once (Surefire's {@code forkCount}) and says so
 * ({@code -Dkata.forkFolders=true}); the root pom tells each JVM its number
 * ({@code -Dkata.testFork=${surefire.forkNumber}}). Only the flag counts: in a parallel build
 * ({@code -T 2}) Surefire numbers the one test JVM of each module 1, 2, 3... across the build.
 *
 * <p>Why it matters: files named after a child ({@code target/kata/logs/recommender.log}) would
 * be written by two JVMs at once, and one JVM's clean-up of "leftovers" would end another's
 * running nginx. So every JVM but the first keeps such files in a folder of its own,
 * {@code fork-N}; a plain {@code ./mvnw test} (one JVM) sees the paths the READMEs name.
 */
public final class TestFork {

    private static final String PREFIX = "fork-";

    private TestFork() {
    }

    /** {@code base} in the first (or only) test JVM, {@code base/fork-N} in the N-th. */
    public static Path folder(Path base) {
        int number = Boolean.getBoolean("kata.forkFolders") ? number() : 1;
        return number <= 1 ? base : base.resolve(PREFIX + number);
    }

    /** Whether {@code path} is the folder of another test JVM, which only that JVM may clean up. */
    public static boolean isForkFolder(Path path) {
        return path.getFileName().toString().matches(PREFIX + "\\d+");
    }

    static int number() {
        try {
            return Integer.parseInt(System.getProperty("kata.testFork", "1").trim());
        } catch (NumberFormatException notForked) {
            return 1; // an IDE run, or the placeholder left unreplaced
        }
    }
}
