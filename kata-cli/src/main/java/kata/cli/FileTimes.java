package kata.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** "Is this older than that?": how the tool notices that a cache or a results file is stale. */
public final class FileTimes {

    private static final FileTime NEVER = FileTime.fromMillis(0);

    private FileTimes() {
    }

    /** When the file was last changed; the epoch for a file that does not exist. */
    public static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return NEVER;
        }
    }

    /** The newest change to any file at or below {@code path}; the epoch when there is none. */
    public static FileTime newestIn(Path path) {
        if (!Files.exists(path)) {
            return NEVER;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).map(FileTimes::modified).max(FileTime::compareTo).orElse(NEVER);
        } catch (IOException | UncheckedIOException e) {
            return NEVER;
        }
    }
}
