package kata.runtime.night;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A lock for the whole machine, held while a whole-system night runs. {@code ./mvnw verify}
 * builds two modules at a time: two whole systems at once - a dozen JVMs on two cores each -
 * would starve each other, and measure the machine instead of the design. The second night
 * waits for the first. A file lock, so it holds across test JVMs; the operating system releases it if a JVM dies.
 *
 * <pre>{@code
 * try (OneNightAtATime turn = OneNightAtATime.take()) { ... the night ... }
 * }</pre>
 */
public final class OneNightAtATime implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OneNightAtATime(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other night runs on this machine (in this workshop), then holds the lock until closed. */
    public static OneNightAtATime take() {
        Path file = workshopRoot().resolve("target").resolve("kata-night.lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new OneNightAtATime(channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the night's lock " + file, e);
        }
    }

    /** The folder with the Maven wrapper, from the module the test runs in upwards: the same for every module. */
    private static Path workshopRoot() {
        Path start = Path.of(System.getProperty("kata.module.dir", ".")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return start;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the night's lock", e);
        }
    }
}
