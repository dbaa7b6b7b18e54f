package kata.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap run in-process (no {@code kata.parentPid}, so no watchdog): it must be invisible —
 * same arguments in, same exception out.
 */
class ChildBootstrapTest {

    static volatile List<String> receivedArgs;

    public static final class RecordingMain {
        public static void main(String[] args) {
            receivedArgs = List.of(args);
        }
    }

    public static final class FailingMain {
        public static void main(String[] args) {
            throw new IllegalStateException("no database configured");
        }
    }

    @Test
    void passesTheRemainingArgumentsToTheRealMain() throws Throwable {
        ChildBootstrap.main(new String[] {RecordingMain.class.getName(), "--port", "0"});

        assertThat(receivedArgs).containsExactly("--port", "0");
    }

    @Test
    void rethrowsTheMainsOwnExceptionNotReflectionsWrapper() {
        assertThatThrownBy(() -> ChildBootstrap.main(new String[] {FailingMain.class.getName()}))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("no database configured");
    }
}
