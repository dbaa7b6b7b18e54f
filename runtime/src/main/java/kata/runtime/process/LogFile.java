package kata.runtime.process;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code target/kata/logs/NAME.log}: everything a child JVM printed, so a learner can open the
 * file after a red test and read what the service said before it died.
 *
 * <p>The first start of a {@link ChildJvm} begins a fresh file (the log of the latest run is the
 * one worth reading); a restart appends below a separator line, so "before" and "after the
 * crash" stay side by side.
 */
final class LogFile {

    private final Path path;

    LogFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** Opens the file for one run of the child and writes its first line. */
    BufferedWriter openForRun(boolean restart, String banner) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            BufferedWriter writer = restart
                    ? Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            writer.write((restart ? "----- restart: " : "----- ") + banner + " -----");
            writer.newLine();
            writer.flush();
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the child log " + path.toAbsolutePath(), e);
        }
    }

    String content() {
        try {
            return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the child log " + path.toAbsolutePath(), e);
        }
    }

    List<String> tail(int lines) {
        List<String> all = content().lines().toList();
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }
}
