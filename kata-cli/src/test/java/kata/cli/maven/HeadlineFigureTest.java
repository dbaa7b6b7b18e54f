package kata.cli.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The figure lines the step tests print today, read back as "before -> after". */
class HeadlineFigureTest {

    @Test
    void stepOnesNightLineBecomesBeforeTheLeakToAfterTheCrash() {
        String line = "3 AM, the monolith: checkout ok before 100.0 % (p99 9 ms, n=170) | during the leak 43.1 %"
                + " (p99 812 ms, n=40) | after the crash 0.0 % (p99 1 ms, n=106); died of OutOfMemoryError (exit 3):"
                + " Terminating due to java.lang.OutOfMemoryError: Java heap space";

        assertThat(HeadlineFigure.in(line)).map(HeadlineFigure::text).contains(
                "3 AM, the monolith: checkout success 100.0 % before the leak -> 0.0 % after the crash"
                        + " (died of OutOfMemoryError)");
    }

    @Test
    void stepTwosComparisonIsKeptAsItIsWithoutTheAside() {
        String line = "checkout success during the leak (crawler's start to the end of the night): monolith 0.0 % -> services 100.0 %";

        assertThat(HeadlineFigure.in(line)).map(HeadlineFigure::text)
                .contains("checkout success during the leak: monolith 0.0 % -> services 100.0 %");
        assertThat(HeadlineFigure.in(line)).map(HeadlineFigure::comparison).contains(true);
    }

    @Test
    void aSignalIsNamedWithoutItsNumber() {
        String line = "3 AM, the monolith: checkout ok before 6.5 % (p99 521 ms, n=170) | during the leak 0.0 % (p99 3 ms,"
                + " n=7) | after the crash 0.0 % (p99 38 ms, n=106); killed by SIGTERM (143)";

        assertThat(HeadlineFigure.in(line)).map(HeadlineFigure::text).contains(
                "3 AM, the monolith: checkout success 6.5 % before the leak -> 0.0 % after the crash (killed by SIGTERM)");
    }

    @Test
    void otherLinesAreNoFigure() {
        assertThat(HeadlineFigure.in("[INFO] Tests run: 1, Failures: 0")).isEmpty();
        assertThat(HeadlineFigure.in("storefront with the recommendation service dead: 100.0 % ok")).isEmpty();
        assertThat(HeadlineFigure.in("checkout success over the whole night: 99 %")).isEmpty();
    }
}
