package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import kata.cli.TestKata;
import kata.cli.TestRepo;
import org.junit.jupiter.api.Test;

class WatchCommandTest {

    private final TestKata kata = new TestKata(TestRepo.freshClone("watch"));

    @Test
    void withoutFileWatchingItPrintsItsFallbackCommand() {
        assertThat(kata.run("watch")).isEqualTo(1);

        assertThat(kata.err()).contains("File watching is unavailable here (no watching in this test).")
                .contains("Instead, run this after each save: ./kata check step-01-monolith");
    }

    @Test
    void reRunsTheTestsOnEveryChangeAndMovesOnWhenTheStepIsGreen() {
        List<Path> watched = new ArrayList<>();
        Deque<Runnable> saves = new ArrayDeque<>(List.of(
                () -> { },                                                                      // a save, still red
                () -> kata.repo.results("step-01-monolith", "step-01-all-green.json")));         // the save that makes it green
        kata.watchers = folder -> {
            watched.add(folder);
            return new ScriptedWatcher(folder.getParent().getFileName().toString().equals("step-01-monolith") ? 2 : 0);
        };
        kata.maven.exitCode = 1;
        kata.maven.sideEffect = () -> {
            if (kata.maven.runs.size() > 1 && !saves.isEmpty()) {
                saves.poll().run();
                kata.maven.exitCode = kata.maven.runs.size() == 3 ? 0 : 1;
            }
        };

        assertThat(kata.run("watch")).isZero();

        assertThat(kata.maven.runs).extracting(args -> args.get(3))
                .containsExactly("step-01-monolith", "step-01-monolith", "step-01-monolith", "step-02-extract-service");
        assertThat(watched).containsExactly(kata.repo.path("step-01-monolith/src"), kata.repo.path("step-02-extract-service/src"));
        assertThat(kata.out()).contains("Changed: step-01-monolith/src/main/java/kata/webshop/App.java")
                .contains("On to step-02-extract-service: watching it now.");
    }

    /** Reports {@code changes} saves of App.java, then closes (as Ctrl-C would end a real watch). */
    private final class ScriptedWatcher implements ChangeWatcher {

        private int changes;

        ScriptedWatcher(int changes) {
            this.changes = changes;
        }

        @Override
        public Optional<Path> awaitChange() {
            return changes-- > 0 ? Optional.of(kata.repo.path("step-01-monolith/src/main/java/kata/webshop/App.java"))
                    : Optional.empty();
        }

        @Override
        public void close() {
        }
    }
}
