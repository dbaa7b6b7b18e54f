package kata.cli.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few dependencies that stand for "the Maven cache is filled": if these are in
 * {@code ~/.m2/repository}, the rest came with them. Versions are read from the root pom, where
 * every version lives once, so the check follows the pom when versions move.
 */
public final class KeyArtifacts {

    /** group, artifact, and the property that holds the version when no managed dependency does. */
    private static final List<String[]> WANTED = List.of(
            new String[] {"io.javalin", "javalin", "javalin.version"},
            new String[] {"org.junit.jupiter", "junit-jupiter-engine", "junit.version"},
            new String[] {"com.rabbitmq", "amqp-client", "amqp-client.version"},
            new String[] {"com.tngtech.archunit", "archunit-junit5", "archunit.version"});

    private static final Pattern PROPERTY = Pattern.compile("<([\\w.-]+)>([^<$]+)</\\1>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

    /** One artifact: {@code io.javalin:javalin:7.2.3}. */
    public record Artifact(String groupId, String artifactId, String version) {

        public Path jarIn(Path repository) {
            return repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                    .resolve(artifactId + "-" + version + ".jar");
        }

        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    private KeyArtifacts() {
    }

    /** The key artifacts the root pom declares; one it does not mention (no broker yet) is left out. */
    public static List<Artifact> declaredIn(Path rootPom) {
        String pom;
        try {
            pom = Files.readString(rootPom);
        } catch (IOException e) {
            return List.of();
        }
        Map<String, String> properties = properties(pom);
        List<Artifact> artifacts = new ArrayList<>();
        for (String[] wanted : WANTED) {
            managedVersion(pom, wanted[0], wanted[1], properties)
                    .or(() -> Optional.ofNullable(properties.get(wanted[2])))
                    .filter(v -> !v.contains("${"))
                    .ifPresent(v -> artifacts.add(new Artifact(wanted[0], wanted[1], v)));
        }
        return artifacts;
    }

    private static Map<String, String> properties(String pom) {
        int start = pom.indexOf("<properties>");
        int end = pom.indexOf("</properties>");
        Map<String, String> properties = new HashMap<>();
        if (start >= 0 && end > start) {
            Matcher m = PROPERTY.matcher(pom.substring(start, end));
            while (m.find()) {
                properties.put(m.group(1), m.group(2).strip());
            }
        }
        return properties;
    }

    private static Optional<String> managedVersion(String pom, String groupId, String artifactId,
                                                   Map<String, String> properties) {
        Matcher dependency = DEPENDENCY.matcher(pom);
        while (dependency.find()) {
            String block = dependency.group(1);
            if (block.contains("<groupId>" + groupId + "</groupId>") && block.contains("<artifactId>" + artifactId + "</artifactId>")) {
                Matcher version = Pattern.compile("<version>\\s*([^<]+?)\\s*</version>").matcher(block);
                if (version.find()) {
                    return Optional.of(resolve(version.group(1), properties));
                }
            }
        }
        return Optional.empty();
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher reference = Pattern.compile("^\\$\\{([\\w.-]+)}$").matcher(value);
        return reference.matches() ? properties.getOrDefault(reference.group(1), value) : value;
    }
}
