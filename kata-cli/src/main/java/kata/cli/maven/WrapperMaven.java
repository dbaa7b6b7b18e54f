package kata.cli.maven;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kata.cli.ShutdownHook;

/**
 * The real {@link Maven}: {@code ./mvnw} (or {@code mvnw.cmd} on Windows) in the repository root,
 * its output copied line by line into a log file and to a listener.
 *
 * <p>Ctrl-C: the terminal interrupts Maven too (same process group); a shutdown hook makes sure
 * a Maven started here does not outlive the tool either way.
 */
public final class WrapperMaven implements Maven {

    /**
     * Maven's own JVM lives for seconds, not hours: C1 only and the serial collector start it
     * about twice as fast (measured on 2 cores: 9 s down to 4.5 s for a build with nothing to
     * test). A learner's own MAVEN_OPTS come after these, so theirs win.
     */
    static final String FAST_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final Path root;

    public WrapperMaven(Path root) {
        this.root = root;
    }

    @Override
    public int run(List<String> arguments, Path log, Consumer<String> lines) {
        List<String> command = new ArrayList<>(wrapper());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().merge("MAVEN_OPTS", FAST_START, (learners, fast) -> fast + " " + learners);
        Thread stopMaven = null;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process maven = builder.start();
            maven.getOutputStream().close(); // Maven never reads stdin here; batch mode
            stopMaven = ShutdownHook.add("kata-stop-maven", () -> stop(maven));
            copyOutput(maven, log, lines);
            return maven.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            ShutdownHook.remove(stopMaven);
        }
    }

    private List<String> wrapper() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? List.of("cmd.exe", "/c", root.resolve("mvnw.cmd").toString())
                : List.of(root.resolve("mvnw").toString());
    }

    private static void copyOutput(Process maven, Path log, Consumer<String> lines) throws IOException {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(maven.getInputStream(), Charset.defaultCharset()));
             BufferedWriter file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = output.readLine()) != null) {
                file.write(line);
                file.newLine();
                lines.accept(line);
            }
        }
    }

    /** Maven runs a JVM under a shell script: end the whole tree, children first. */
    private static void stop(Process maven) {
        maven.descendants().forEach(ProcessHandle::destroy);
        maven.destroy();
    }
}
