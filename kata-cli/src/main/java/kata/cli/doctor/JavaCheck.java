package kata.cli.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * JDK 17 or newer, a real JDK (Maven compiles, so it needs {@code javac}), and a
 * {@code JAVA_HOME} that is either unset or points at a JDK.
 */
public final class JavaCheck implements Check {

    static final int MINIMUM = 17;

    @Override
    public Finding run(Environment env) {
        int feature = env.javaVersion().feature();
        String found = "Java " + env.javaVersion() + " at " + env.javaHome();
        if (feature < MINIMUM) {
            return Finding.fail("java", found + " is too old for the workshop",
                    "install JDK 17 or newer (e.g. Temurin 17 or 21) and point JAVA_HOME at it");
        }
        Optional<String> javaHome = env.variable("JAVA_HOME");
        if (javaHome.isPresent() && !Files.isRegularFile(java(env, Path.of(javaHome.get()), "java"))) {
            return Finding.fail("java", "JAVA_HOME=" + javaHome.get() + " has no bin/java",
                    "point JAVA_HOME at a JDK 17+ folder (the one that contains bin/java), or unset it");
        }
        if (!Files.isRegularFile(java(env, env.javaHome(), "javac"))) {
            return Finding.fail("java", found + " is a JRE without javac; Maven needs a JDK",
                    "install a JDK 17+ (not a JRE) and point JAVA_HOME at it");
        }
        return Finding.ok("java", found + javaHome.map(h -> " (JAVA_HOME=" + h + ")")
                .orElse(" (JAVA_HOME not set: ./mvnw uses the java on your PATH, this one)"));
    }

    private static Path java(Environment env, Path home, String tool) {
        return home.resolve("bin").resolve(env.isWindows() ? tool + ".exe" : tool);
    }
}
