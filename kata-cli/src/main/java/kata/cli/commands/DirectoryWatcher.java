package kata.cli.commands;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The JDK's {@link WatchService} over a folder and every folder below it (it only watches one
 * level, so each sub-folder is registered, and new ones as they appear). An editor's save is
 * often several events (write, rename, touch): they are gathered until the folder has been quiet
 * for {@value #QUIET_MILLIS} ms, so one save runs the tests once.
 */
public final class DirectoryWatcher implements ChangeWatcher {

    static final long QUIET_MILLIS = 400;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    private DirectoryWatcher(WatchService service) {
        this.service = service;
    }

    public static ChangeWatcher.Factory factory() {
        return DirectoryWatcher::over;
    }

    static DirectoryWatcher over(Path root) throws Unavailable {
        try {
            DirectoryWatcher watcher = new DirectoryWatcher(FileSystems.getDefault().newWatchService());
            watcher.registerTree(root);
            return watcher;
        } catch (IOException | UnsupportedOperationException e) {
            throw new Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Path> awaitChange() throws InterruptedException {
        try {
            Path changed = handle(service.take());
            // gather the rest of this save
            WatchKey more;
            while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                Path also = handle(more);
                changed = changed != null ? changed : also;
            }
            return Optional.ofNullable(changed).or(() -> Optional.of(Path.of(".")));
        } catch (ClosedWatchServiceException closed) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing a watch service only frees OS handles
        }
    }

    /** The first changed path of this key's events; new folders get registered. */
    private Path handle(WatchKey key) {
        Path folder = folders.get(key);
        Path first = null;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path path = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException ignored) {
                    // a folder created and deleted at once: nothing to watch
                }
            }
            first = first == null ? path : first;
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return first;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }
}
