package kata.cli.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The note {@code ./kata prefetch} leaves when it has fetched everything: when, and for which
 * root pom (every version lives there, so a changed pom may need new downloads). It lives next to
 * the workshop's artifacts in the local Maven repository ({@code ~/.m2/repository/kata/decompose}),
 * so it goes away exactly when the cache it vouches for does — not with a {@code ./mvnw clean}.
 */
public final class PrefetchMarker {

    private static final String POM_HASH = "pom.sha256";
    private static final String FINISHED = "finished";
    private static final String IMAGES = "images";

    /** What the marker says. */
    public record Note(Instant finished, boolean forThisPom, boolean imagesPulled) {
    }

    private PrefetchMarker() {
    }

    public static Path repository(Environment env) {
        return env.userHome().resolve(".m2").resolve("repository");
    }

    static Path location(Environment env) {
        return repository(env).resolve("kata").resolve("decompose").resolve("kata-prefetch.properties");
    }

    public static void write(Environment env, boolean imagesPulled) {
        Properties note = new Properties();
        note.setProperty(POM_HASH, hash(env.repoRoot().resolve("pom.xml")));
        note.setProperty(FINISHED, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        note.setProperty(IMAGES, String.valueOf(imagesPulled));
        Path file = location(env);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                note.store(out, "written by ./kata prefetch: everything the workshop needs is cached");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static Optional<Note> read(Environment env) {
        Path file = location(env);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties note = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            note.load(in);
            return Optional.of(new Note(Instant.parse(note.getProperty(FINISHED)),
                    hash(env.repoRoot().resolve("pom.xml")).equals(note.getProperty(POM_HASH)),
                    Boolean.parseBoolean(note.getProperty(IMAGES))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String hash(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
