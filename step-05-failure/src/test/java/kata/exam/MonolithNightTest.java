package kata.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import kata.runtime.night.FinalNightFigures;
import kata.runtime.night.FinalNightReport;
import kata.runtime.process.ExitCause;
import kata.testkit.KataMode;
import org.junit.jupiter.api.Test;

/**
 * Given: the "before" row of the final exam. The same night (same load, same length) against
 * the {@link Monolith} of step 01. Its first OutOfMemoryError ends the night for every customer,
 * and nobody starts it again.
 *
 * <p>It runs your code nowhere (the engine is in process, the limit on requests is off), so it
 * does not run in your loop: {@code ./mvnw test -pl solutions/step-05-failure
 * -Dtest=MonolithNightTest} prints it, and the step README shows it.
 */
class MonolithNightTest {

    @Test
    void theMonolithLosesTheNight() {
        assumeTrue(runsHere(KataMode.current()), "the before row runs once a build, and never in your loop:"
                + " it runs none of your code");
        // No OneNightAtATime: a JVM that dies within seconds is no load for another night's
        // system, nor much disturbed by one.
        try (Monolith monolith = Monolith.start()) {
            FinalNightReport night = monolith.night().run();

            long provisioned = monolith.provisioned().of(night.accepted(), Monolith.DRAIN_PATIENCE);
            FinalNightFigures before = night.figures("before: monolith", FinalTopology.KILL, provisioned, 0);
            System.out.println(FinalNightFigures.header());
            System.out.println(before.row());

            assertThat(monolith.process().exitCause()).as("how the monolith ended").map(ExitCause::kind)
                    .contains(ExitCause.Kind.OUT_OF_MEMORY);
            assertThat(before.checkoutOk()).as("checkouts that succeeded in the monolith's night").isLessThan(0.9);
            assertThat(before.recommendationsOk()).as("recommendation pages answered").isLessThan(0.9);
            assertThat(before.lost()).as("accepted orders never provisioned (it provisions before it answers)").isZero();
        }
    }

    /**
     * Once a build, where it costs least: in {@code ./mvnw verify} the starter's module, which
     * ends a minute before the solution's (the final exam runs there); in a build of the solution
     * alone, the solution's. Never in a starter's own run ({@code ./kata check}, {@code -pl
     * step-05-failure}): it would add half a minute to your loop for a row your code cannot change.
     */
    private static boolean runsHere(KataMode mode) {
        return KataMode.wholeWorkshopBuild() ? mode.isStarter() : mode.isSolution();
    }
}
