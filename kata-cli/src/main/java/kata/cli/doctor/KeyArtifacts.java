package kata.cli.doctor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

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
        Element project;
        try {
            project = parse(rootPom);
        } catch (IOException | ParserConfigurationException | SAXException unreadable) {
            return List.of();
        }
        Map<String, String> properties = properties(project);
        List<Artifact> artifacts = new ArrayList<>();
        for (String[] wanted : WANTED) {
            managedVersion(project, wanted[0], wanted[1], properties)
                    .or(() -> Optional.ofNullable(properties.get(wanted[2])))
                    .filter(v -> !v.contains("${"))
                    .ifPresent(v -> artifacts.add(new Artifact(wanted[0], wanted[1], v)));
        }
        return artifacts;
    }

    private static Element parse(Path pom) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // A pom has no DTD; refusing one also refuses external entities (XXE).
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    /** {@code <properties>} of the project itself, not of a profile. */
    private static Map<String, String> properties(Element project) {
        Map<String, String> properties = new HashMap<>();
        for (Element section : children(project, "properties")) {
            NodeList entries = section.getChildNodes();
            for (int i = 0; i < entries.getLength(); i++) {
                if (entries.item(i) instanceof Element entry) {
                    properties.put(entry.getTagName(), entry.getTextContent().strip());
                }
            }
        }
        return properties;
    }

    /** The version of the first {@code <dependency>} anywhere in the pom with this group and artifact. */
    private static Optional<String> managedVersion(Element project, String groupId, String artifactId,
                                                   Map<String, String> properties) {
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (text(dependency, "groupId").equals(groupId) && text(dependency, "artifactId").equals(artifactId)
                    && !text(dependency, "version").isEmpty()) {
                return Optional.of(resolve(text(dependency, "version"), properties));
            }
        }
        return Optional.empty();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && child.getTagName().equals(name)) {
                found.add(child);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    /** {@code ${javalin.version}} becomes the property's value; anything else stays as it is. */
    private static String resolve(String value, Map<String, String> properties) {
        if (value.startsWith("${") && value.endsWith("}")) {
            return properties.getOrDefault(value.substring(2, value.length() - 1), value);
        }
        return value;
    }
}
