package kata.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Maven wrapper is the only build tool a learner needs: {@code mvnw} must be there (and
 * executable), and the pinned Maven distribution downloaded once into {@code ~/.m2/wrapper/dists}
 * (or {@code $MAVEN_USER_HOME/wrapper/dists}).
 */
public final class MavenWrapperCheck implements Check {

    private static final Pattern DISTRIBUTION = Pattern.compile("apache-maven-([\\w.-]+?)-bin\\.zip");

    private final String launcher;

    /** @param launcher how fixes name the tool: {@code ./kata} or {@code kata} */
    public MavenWrapperCheck(String launcher) {
        this.launcher = launcher;
    }

    @Override
    public Finding run(Environment env) {
        Path root = env.repoRoot();
        Path script = root.resolve(env.isWindows() ? "mvnw.cmd" : "mvnw");
        if (!Files.isRegularFile(script)) {
            return Finding.fail("maven", script.getFileName() + " is missing from the repository",
                    "restore it: git checkout -- mvnw mvnw.cmd .mvn");
        }
        if (!env.isWindows() && !env.isExecutable(script)) {
            return Finding.fail("maven", "mvnw is not executable", "chmod +x mvnw");
        }
        Optional<String> version = pinnedVersion(root.resolve(".mvn").resolve("wrapper").resolve("maven-wrapper.properties"));
        if (version.isEmpty()) {
            return Finding.fail("maven", ".mvn/wrapper/maven-wrapper.properties is missing or has no distributionUrl",
                    "restore it: git checkout -- .mvn");
        }
        Path dists = mavenUserHome(env).resolve("wrapper").resolve("dists");
        if (downloaded(dists, version.get())) {
            return Finding.ok("maven", "wrapper ./mvnw, Maven " + version.get() + " downloaded in " + dists);
        }
        return Finding.warn("maven", "Maven " + version.get() + " is not downloaded yet (" + dists + ")",
                "while online, run " + launcher + " prefetch (the first ./mvnw run downloads it, about 10 MB)");
    }

    static Path mavenUserHome(Environment env) {
        return env.variable("MAVEN_USER_HOME").map(Path::of).orElse(env.userHome().resolve(".m2"));
    }

    private static Optional<String> pinnedVersion(Path properties) {
        try {
            Matcher m = DISTRIBUTION.matcher(Files.readString(properties));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean downloaded(Path dists, String version) {
        if (!Files.isDirectory(dists)) {
            return false;
        }
        try (Stream<Path> children = Files.list(dists)) {
            return children.anyMatch(d -> d.getFileName().toString().startsWith("apache-maven-" + version));
        } catch (IOException e) {
            return false;
        }
    }
}
