package kata.cli.commands;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells {@code ./kata watch} when a file under a folder changed. An interface so the watch loop
 * can be tested without a file system that changes, and so the fallback (no watching possible)
 * can be tested at all.
 */
public interface ChangeWatcher extends AutoCloseable {

    /** Blocks until a file changes; empty when the watcher was closed (the loop ends). */
    Optional<Path> awaitChange() throws InterruptedException;

    @Override
    void close();

    /** Makes a watcher for a folder, or says why it cannot. */
    @FunctionalInterface
    interface Factory {

        ChangeWatcher watch(Path folder) throws Unavailable;
    }

    /** File watching does not work here (an exotic file system, a limit on watches, ...). */
    final class Unavailable extends Exception {

        private static final long serialVersionUID = 1L;

        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
