package kata.cli.demo;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import kata.cli.Terminal;
import kata.cli.maven.Maven;
import kata.cli.maven.ModuleClasspath;
import kata.cli.workshop.StepCatalog;
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
    private final Maven maven;

    FinalDemo(Path root, Terminal terminal, Maven maven) {
        this.root = root;
        this.terminal = terminal;
        this.maven = maven;
    }

    int run() {
        Terminal t = terminal;
        Optional<Path> module = StepCatalog.of(root).find("5").flatMap(step -> step.solution());
        if (module.isEmpty()) {
            t.error("demo final needs step 05's solution (solutions/step-05-failure): it is not in this repository.");
            return 2;
        }
        t.println(t.bold(DemoKind.FINAL.title()) + t.dim("  (" + root.relativize(module.get()) + ")"));
        String classpath;
        try {
            classpath = new ModuleClasspath(maven, root).of(module.get(), line -> t.println("  " + line));
        } catch (IllegalStateException buildFailed) {
            t.error(buildFailed.getMessage());
            return 1;
        }
        Path testClasses = module.get().resolve("target").resolve("test-classes");
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
