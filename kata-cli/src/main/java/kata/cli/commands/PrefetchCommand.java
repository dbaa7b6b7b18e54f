package kata.cli.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kata.cli.KataContext;
import kata.cli.Terminal;
import kata.cli.doctor.Environment;
import kata.cli.doctor.Finding;
import kata.cli.doctor.OfflineCheck;
import kata.cli.doctor.PrefetchMarker;
import kata.cli.maven.TestRunProgress;
import kata.runtime.process.ChildProcess;
import picocli.CommandLine.Command;

/**
 * {@code ./kata prefetch}: fetch everything the workshop needs while the network is good, so a
 * room with bad Wi-Fi still works. {@code dependency:go-offline} alone misses things (plugins'
 * own dependencies, the test engine surefire loads at run time), so this does what the workshop
 * itself will do:
 * <ol>
 *   <li>build and install every module (all compile and build plugins),
 *   <li>resolve every plugin and dependency, test scope included,
 *   <li>run testkit's own tests (surefire's JUnit Platform provider), and resolve the exec plugin
 *       the READMEs' manual runs use,
 *   <li>pull the RabbitMQ and nginx images when Docker is reachable,
 * </ol>
 * then leaves a note that {@code ./kata doctor} reads as "offline-ready".
 */
@Command(name = "prefetch", mixinStandardHelpOptions = true, description = "Download everything needed offline (Maven dependencies, container images"
        + " when Docker is present); afterwards doctor reports offline-ready.")
public final class PrefetchCommand implements Callable<Integer> {

    static final List<List<String>> MAVEN_RUNS = List.of(
            List.of("-B", "install", "-DskipTests"),
            List.of("-B", "dependency:resolve-plugins", "dependency:resolve"),
            List.of("-B", "test", "-pl", "testkit"),
            List.of("-B", "-pl", "step-01-monolith", "exec:help"));
    static final List<String> IMAGES = List.of("rabbitmq:4-management-alpine", "nginx:1.27-alpine");
    private static final Duration PULL_TIMEOUT = Duration.ofMinutes(10);

    private final KataContext kata;

    public PrefetchCommand(KataContext kata) {
        this.kata = kata;
    }

    @Override
    public Integer call() {
        Terminal t = kata.terminal();
        Path log = kata.root().resolve("target").resolve("kata").resolve("prefetch.log");
        t.println(t.bold("Fetching everything the workshop needs, so it works offline.") + " This takes a few minutes once.");
        for (List<String> arguments : MAVEN_RUNS) {
            t.println("  ./mvnw " + String.join(" ", arguments));
            TestRunProgress progress = new TestRunProgress(t);
            int exit;
            try {
                exit = kata.maven().run(arguments, log, progress);
            } finally {
                progress.finish();
            }
            if (exit != 0) {
                t.println(t.red("That failed (exit " + exit + "). Are you online? Full log: "
                        + kata.root().relativize(log)));
                return 1;
            }
        }
        boolean imagesPulled = pullImages(t, kata.environment());
        PrefetchMarker.write(kata.environment(), imagesPulled);
        Finding offline = new OfflineCheck(t.launcher()).run(kata.environment());
        t.println();
        t.println(offline.level() == Finding.Level.OK ? t.green("Done: " + offline.summary())
                : t.yellow("Done, but: " + offline.summary() + " - " + offline.fix()));
        t.println("Check the rest of the machine with " + t.command("doctor") + ".");
        return offline.level() == Finding.Level.OK ? 0 : 1;
    }

    private static boolean pullImages(Terminal t, Environment env) {
        if (!env.docker().reachable()) {
            t.println("  Docker not reachable: no container images to pull (the tests will use local fallbacks).");
            return false;
        }
        boolean all = true;
        for (String image : IMAGES) {
            t.println("  docker pull " + image);
            ChildProcess.Result pull = env.run(List.of("docker", "pull", image), PULL_TIMEOUT);
            if (!pull.ok()) {
                t.println(t.yellow("    could not pull " + image + ": " + pull.lastLine()));
                all = false;
            }
        }
        return all;
    }
}
