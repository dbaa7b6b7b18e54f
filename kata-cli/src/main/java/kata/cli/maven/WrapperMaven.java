package kata.cli.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kata.runtime.process.ChildProcess;

/**
 * The real {@link Maven}: {@code ./mvnw} (or {@code mvnw.cmd} on Windows) in the repository root,
 * its output copied line by line into a log file and to a listener.
 *
 * <p>Ctrl-C: the terminal interrupts Maven too (same process group), and kata-runtime's launcher
 * ends a Maven started here when the tool exits, whichever way it exits.
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
        String learners = System.getenv("MAVEN_OPTS");
        try {
            Files.deleteIfExists(log); // the log of this run only
            return ChildProcess.command(command).directory(root)
                    .env("MAVEN_OPTS", learners == null ? FAST_START : FAST_START + " " + learners)
                    .log(log).lines(lines).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the log " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private List<String> wrapper() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? List.of("cmd.exe", "/c", root.resolve("mvnw.cmd").toString())
                : List.of(root.resolve("mvnw").toString());
    }
}
