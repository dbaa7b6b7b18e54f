package kata.testkit.nginx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kata.runtime.process.TestFork;

/**
 * nginx's working folder ({@code -p}): {@code conf/}, {@code logs/} (pid, error and access log)
 * and {@code temp/} (every {@code *_temp_path}). Mode 0755: with 0700 (a JUnit {@code @TempDir})
 * the worker, which may run as another user, cannot write proxied bodies to {@code temp/} and
 * large answers come back silently truncated.
 */
final class NginxPrefix {

    private static final List<String> FOLDERS = List.of("conf", "logs", "temp", "temp/client_body", "temp/proxy",
            "temp/fastcgi", "temp/uwsgi", "temp/scgi");

    private NginxPrefix() {
    }

    static Path create(Path root, String name) {
        Path prefix = root.resolve(name + "-" + System.nanoTime()).toAbsolutePath();
        try {
            for (String folder : FOLDERS) {
                Path dir = Files.createDirectories(prefix.resolve(folder));
                readableByAll(dir);
            }
            readableByAll(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the nginx prefix " + prefix, e);
        }
        return prefix;
    }

    /**
     * An earlier test JVM that was killed (SIGKILL, a power cut) could not stop its nginx: end every
     * nginx whose pid file is still under {@code root}, then delete its prefix. Not the folders of
     * the other test JVMs of this run ({@link TestFork}): their nginx may be serving a test now.
     */
    static void removeLeftovers(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> prefixes = Files.list(root)) {
            prefixes.filter(Files::isDirectory).filter(prefix -> !TestFork.isForkFolder(prefix)).forEach(prefix -> {
                readPid(prefix.resolve("logs/nginx.pid")).flatMap(ProcessHandle::of)
                        .filter(process -> process.info().command().orElse("").contains("nginx"))
                        .ifPresent(process -> NginxProcessControl.stop(process, Duration.ofSeconds(5)));
                delete(prefix);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for leftovers in " + root, e);
        }
    }

    static void delete(Path prefix) {
        if (!Files.exists(prefix)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(prefix)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the nginx prefix " + prefix, e);
        }
    }

    private static java.util.Optional<Long> readPid(Path pidFile) {
        try {
            return Files.exists(pidFile) ? java.util.Optional.of(Long.parseLong(Files.readString(pidFile).strip()))
                    : java.util.Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static void readableByAll(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException windows) {
            // no POSIX permissions on Windows: nothing to widen
        }
    }
}
