package kata.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;

import kata.runtime.process.ExitCause.Kind;
import org.junit.jupiter.api.Test;

/** The classification rules, without starting a process. */
class ExitCauseTest {

    private static final String OOM_LINE = "Terminating due to java.lang.OutOfMemoryError: Java heap space";

    @Test
    void theLogDecidesOutOfMemoryWhateverTheExitCode() {
        assertThat(ExitCause.classify(3, OOM_LINE, 0, OOM_LINE))
                .isEqualTo(new ExitCause(3, Kind.OUT_OF_MEMORY, OOM_LINE))
                .hasToString("died of OutOfMemoryError (exit 3): " + OOM_LINE);
        assertThat(ExitCause.classify(137, OOM_LINE, 9, "").kind()).isEqualTo(Kind.OUT_OF_MEMORY);
    }

    @Test
    void anExitCodeAbove128MeansASignal() {
        assertThat(ExitCause.classify(137, null, 0, "")).hasToString("killed by SIGKILL (137)");
        assertThat(ExitCause.classify(143, null, 15, "").detail()).isEqualTo("SIGTERM (143)");
        assertThat(ExitCause.classify(130, null, 0, "").detail()).isEqualTo("SIGINT (130)");
        assertThat(ExitCause.classify(138, null, 0, "").detail()).isEqualTo("signal 10 (138)");
    }

    @Test
    void aProcessWeSignalledCountsAsKilledEvenIfItExitsCleanly() {
        // a service that exits 0 from its shutdown hook, or Windows, where there are no signals
        assertThat(ExitCause.classify(0, null, 15, "bye")).hasToString("killed by SIGTERM (exit 0)");
        assertThat(ExitCause.classify(1, null, 9, "").kind()).isEqualTo(Kind.KILLED_BY_SIGNAL);
    }

    @Test
    void otherwiseZeroIsNormalAndAnythingElseAnErrorWithTheLastMessage() {
        assertThat(ExitCause.classify(0, null, 0, "done")).hasToString("exited normally (exit 0)");
        assertThat(ExitCause.classify(7, null, 0, "  missing SHOP_DB_URL "))
                .isEqualTo(new ExitCause(7, Kind.ERROR_EXIT, "missing SHOP_DB_URL"))
                .hasToString("exited with an error (exit 7): missing SHOP_DB_URL");
        assertThat(ExitCause.classify(1, null, 0, null)).hasToString("exited with an error (exit 1)");
    }
}
