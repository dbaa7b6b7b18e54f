package kata.cli.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import kata.cli.FileTimes;

/**
 * The class path to start a module's main class in a JVM of its own: its {@code target/classes}
 * plus its dependencies, asked from Maven once and cached in
 * {@code <module>/target/kata/classpath.txt}. It is built again when something it depends on
 * changed: the module's pom or sources, the root pom, or the shared {@code shop} and
 * {@code runtime} code (the child JVMs start through its bootstrap).
 */
public final class ModuleClasspath {

    private final Maven maven;
    private final Path root;

    public ModuleClasspath(Maven maven, Path root) {
        this.maven = maven;
        this.root = root;
    }

    /**
     * @param module   the module folder, e.g. {@code solutions/step-02-extract-service}
     * @param progress told what is happening ("building ...") when Maven has to run
     * @throws IllegalStateException when the build fails; the message names the log to read
     */
    public String of(Path module, Consumer<String> progress) {
        Path cache = module.resolve("target").resolve("kata").resolve("classpath.txt");
        Path classes = module.resolve("target").resolve("classes");
        if (!fresh(cache, classes, module)) {
            String modulePath = root.relativize(module).toString().replace('\\', '/');
            Path log = root.resolve("target").resolve("kata").resolve("demo-build.log");
            progress.accept("building " + modulePath + " (only when its code changed; can take a minute the first time)");
            run(List.of("-q", "-B", "-pl", modulePath, "-am", "install", "-DskipTests"), log);
            run(List.of("-q", "-B", "-pl", modulePath, "dependency:build-classpath",
                    "-Dmdep.outputFile=" + cache.toAbsolutePath()), log);
        }
        return classes.toAbsolutePath() + File.pathSeparator + read(cache).strip();
    }

    private void run(List<String> arguments, Path log) {
        int exit = maven.run(arguments, log, line -> { });
        if (exit != 0) {
            throw new IllegalStateException("the build failed (./mvnw " + String.join(" ", arguments)
                    + "): read " + root.relativize(log));
        }
    }

    private boolean fresh(Path cache, Path classes, Path module) {
        if (!Files.isRegularFile(cache) || !Files.isDirectory(classes)) {
            return false;
        }
        FileTime built = FileTimes.modified(cache);
        return Stream.of(module.resolve("pom.xml"), root.resolve("pom.xml"), module.resolve("src").resolve("main"),
                        root.resolve("shop").resolve("src").resolve("main"),
                        root.resolve("runtime").resolve("src").resolve("main"))
                .noneMatch(input -> FileTimes.newestIn(input).compareTo(built) > 0);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
