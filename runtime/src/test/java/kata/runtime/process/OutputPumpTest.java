package kata.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher reads from a child's output, fed from a string instead of a process. */
class OutputPumpTest {

    @TempDir
    Path logDir;

    private final List<String> heard = new CopyOnWriteArrayList<>();

    private OutputPump pumped(String output) {
        LogFile log = new LogFile(logDir.resolve("child.log"));
        OutputPump pump = OutputPump.start("child", new ByteArrayInputStream(output.getBytes(Charset.defaultCharset())),
                log.openForRun(false, "test"), heard::add);
        assertThat(pump.awaitDrained(Duration.ofSeconds(5))).isTrue();
        return pump;
    }

    @Test
    void thePortComesFromTheFirstListeningLineMatchedCaseInsensitively() {
        OutputPump pump = pumped("""
                booting
                Shop Listening On http://127.0.0.1:43127/ (press Ctrl-C)
                admin listening on http://127.0.0.1:5000
                """);

        assertThat(pump.port()).isEqualTo(OptionalInt.of(43127));
    }

    @Test
    void anyHostNameWillDoButAPortMustBeThere() {
        assertThat(pumped("shop listening on http://localhost:8080").port()).isEqualTo(OptionalInt.of(8080));
        assertThat(pumped("shop listening on http://127.0.0.1/").port()).isEmpty();
        assertThat(pumped("listening on port 8080").port()).isEmpty();
    }

    @Test
    void theOutOfMemoryExitLineWinsOverAnEarlierStackTrace() {
        OutputPump pump = pumped("""
                Exception in thread "worker" java.lang.OutOfMemoryError: Java heap space
                \tat kata.Leak.grow(Leak.java:12)
                Terminating due to java.lang.OutOfMemoryError: Java heap space
                """);

        assertThat(pump.oomLine()).isEqualTo("Terminating due to java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void theLastMessageSkipsStackFramesAndEveryLineReachesTheLog() {
        OutputPump pump = pumped("""
                Exception in thread "main" java.lang.IllegalStateException: no database
                \tat kata.Main.main(Main.java:3)

                """);

        assertThat(pump.lastMessage()).isEqualTo("Exception in thread \"main\" java.lang.IllegalStateException: no database");
        assertThat(new LogFile(logDir.resolve("child.log")).tail(2))
                .containsExactly("\tat kata.Main.main(Main.java:3)", "");
    }

    @Test
    void everyLineReachesTheListenerToo() {
        pumped("first\nsecond\n");

        assertThat(heard).containsExactly("first", "second");
    }
}
