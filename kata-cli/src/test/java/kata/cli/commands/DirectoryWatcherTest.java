package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real JDK watcher over a folder under target/: a save in a sub-folder is noticed. */
class DirectoryWatcherTest {

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void noticesAChangeInASubFolder() throws Exception {
        Path src = Files.createDirectories(Path.of("target", "test-watch", UUID.randomUUID().toString(), "src", "main"));
        try (ChangeWatcher watcher = DirectoryWatcher.factory().watch(src.getParent())) {
            Path saved = Files.writeString(src.resolve("App.java"), "class App {}");

            Optional<Path> changed = watcher.awaitChange();

            assertThat(changed).isPresent();
            assertThat(changed.get().getFileName()).isEqualTo(saved.getFileName());
        }
    }

    @Test
    void aFolderThatDoesNotExistCannotBeWatched() {
        Path missing = Path.of("target", "test-watch", "does-not-exist-" + UUID.randomUUID());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DirectoryWatcher.factory().watch(missing))
                .isInstanceOf(ChangeWatcher.Unavailable.class);
    }
}
