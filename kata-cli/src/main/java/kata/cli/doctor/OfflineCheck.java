package kata.cli.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Offline-ready": could this laptop run the workshop on a room's bad Wi-Fi? Cheap to answer —
 * no Maven run: the note {@code ./kata prefetch} leaves (for this very pom), the key dependencies
 * in the local repository, and the container images when Docker is reachable.
 */
public final class OfflineCheck implements Check {

    static final List<String> IMAGES = List.of(RabbitMqCheck.IMAGE, NginxCheck.IMAGE);

    private final String launcher;

    /** @param launcher how fixes name the tool: {@code ./kata} or {@code kata} */
    public OfflineCheck(String launcher) {
        this.launcher = launcher;
    }

    @Override
    public Finding run(Environment env) {
        String prefetch = "while online, run " + launcher + " prefetch";
        Path repository = PrefetchMarker.repository(env);
        List<KeyArtifacts.Artifact> missing = KeyArtifacts.declaredIn(env.repoRoot().resolve("pom.xml")).stream()
                .filter(a -> !Files.isRegularFile(a.jarIn(repository)))
                .toList();
        if (!missing.isEmpty()) {
            return Finding.warn("offline", "not offline-ready: missing from " + repository + ": " + missing, prefetch);
        }
        List<String> missingImages = new ArrayList<>();
        if (env.docker().reachable()) {
            IMAGES.stream().filter(image -> !env.dockerImagePresent(image)).forEach(missingImages::add);
        }
        if (!missingImages.isEmpty()) {
            return Finding.warn("offline", "Maven dependencies cached, but not the container images " + missingImages,
                    prefetch);
        }
        Optional<PrefetchMarker.Note> note = PrefetchMarker.read(env);
        if (note.isEmpty()) {
            return Finding.warn("offline", "key dependencies are cached, but " + launcher + " prefetch has not run here",
                    prefetch + " to fetch the rest (plugins, test engine) and be sure");
        }
        if (!note.get().forThisPom()) {
            return Finding.warn("offline", "prefetched on " + note.get().finished() + ", but pom.xml changed since",
                    prefetch + " again");
        }
        return Finding.ok("offline", "offline-ready (prefetched " + note.get().finished() + ")");
    }
}
