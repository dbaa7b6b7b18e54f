package kata.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher every other program goes through (Maven, nginx, Chromium, docker): what it promises. */
class ChildProcessTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CLASSPATH = System.getProperty("java.class.path");

    @TempDir
    Path dir;

    @Test
    void runReturnsTheExitCodeAndEveryLineItPrinted() {
        ChildProcess.Result result = ChildProcess.command(List.of(JAVA, "-cp", CLASSPATH, ExitsWithSeven.class.getName()))
                .log(dir.resolve("seven.log")).run(Duration.ofSeconds(30));

        assertThat(result.exitCode()).isEqualTo(7);
        assertThat(result.output()).contains(ExitsWithSeven.LAST_WORDS);
        assertThat(result.lastLine()).isEqualTo(ExitsWithSeven.LAST_WORDS);
    }

    @Test
    void theLogFileGetsTheOutputAppended() throws Exception {
        Path log = dir.resolve("appended.log");
        Files.writeString(log, "earlier run\n");

        ChildProcess.command(List.of(JAVA, "-cp", CLASSPATH, ExitsWithSeven.class.getName())).log(log).run(Duration.ofSeconds(30));

        assertThat(Files.readAllLines(log)).startsWith("earlier run").contains(ExitsWithSeven.LAST_WORDS);
    }

    @Test
    void aCommandThatRunsOutOfTimeIsEndedAndSaysSo() {
        long start = System.nanoTime();

        ChildProcess.Result result = ChildProcess.command(List.of(JAVA, "-cp", CLASSPATH, NeverAnnounces.class.getName()))
                .run(Duration.ofSeconds(2));

        assertThat(result.exitCode()).isEqualTo(-1);
        assertThat(result.output()).isEqualTo("no answer within 2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).as("children still alive").isEmpty();
    }

    @Test
    void aProgramThatDoesNotExistIsAResultNotAnException() {
        ChildProcess.Result result = ChildProcess.command(List.of(dir.resolve("no-such-program").toString()))
                .run(Duration.ofSeconds(5));

        assertThat(result.ok()).isFalse();
        assertThat(result.output()).contains("could not run");
    }
}
