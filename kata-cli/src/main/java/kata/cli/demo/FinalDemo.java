package kata.cli.demo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kata.cli.Terminal;
import kata.runtime.process.ChildProcess;

/**
 * {@code ./kata demo final}: step 05's final exam, for an audience. The night and the whole
 * system live with step 05's tests ({@code kata.exam.FinalNightDemo}, beside {@code
 * FinalExamTest}), so this runs that program from the solution's test classes, in a JVM of its
 * own, and shows its lines as they come: the monolith's night, the services' night, and the two
 * rows side by side. Bounded by a hard cap; its shutdown hook ends every process it started.
 */
final class FinalDemo {

    static final String MAIN = "kata.exam.FinalNightDemo";
    /** Two nights of 30 s, each with its start-up; a Docker broker's first start may add a minute. */
    static final int HARD_CAP_SECONDS = 240;

    private final Path root;
    private final Terminal terminal;

    FinalDemo(Path root, Terminal terminal) {
        this.root = root;
        this.terminal = terminal;
    }

    /** Plays the night from {@code module} (step 05's solution), whose {@code classpath} {@link LiveDemo} built. */
    int play(Path module, String classpath) {
        Terminal t = terminal;
        Path testClasses = module.resolve("target").resolve("test-classes");
        if (!Files.isRegularFile(testClasses.resolve(MAIN.replace('.', '/') + ".class"))) {
            t.error("the final night is in step 05's test classes, and they are not built: run "
                    + "./mvnw -q install -DskipTests (it compiles them), then this again.");
            return 2;
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // Testcontainers' search for Docker, in red on the projector, says nothing the broker line does not
                "-Dorg.slf4j.simpleLogger.log.org.testcontainers=off",
                "-cp", testClasses.toAbsolutePath() + File.pathSeparator + classpath, MAIN);
        HardCap cap = HardCap.arm(Duration.ofSeconds(HARD_CAP_SECONDS), t);
        try {
            ChildProcess night = ChildProcess.command(command).directory(root).lines(t::println).start();
            int exit = night.waitFor();
            t.println(exit == 0 ? t.dim("Logs of every process: target/kata/logs/") : "");
            return exit == 0 ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            cap.close();
        }
    }
}
