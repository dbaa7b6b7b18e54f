package kata.exam;

import java.util.function.Consumer;
import kata.runtime.night.FinalNightFigures;
import kata.runtime.night.FinalNightReport;
import kata.runtime.night.FinalNightSecond;
import kata.runtime.night.OneNightAtATime;

/**
 * {@code ./kata demo final}: the final exam's night twice, for an audience - first against the
 * monolith of step 01, then against the whole system of step 05 - a line a second, and at the
 * end the two rows side by side. The same classes as {@link MonolithNightTest} and
 * {@link FinalExamTest}, so the demo shows what the tests measure. About a minute and a half;
 * every process it starts is ended when it ends, Ctrl-C included.
 */
public final class FinalNightDemo {

    private FinalNightDemo() {
    }

    public static void main(String[] args) {
        Consumer<FinalNightSecond> live = second -> System.out.println("  " + second.line());
        FinalNightFigures before;
        FinalNightFigures after;
        try (OneNightAtATime turn = OneNightAtATime.take()) {
            System.out.println("before: the monolith of step 01 - one JVM of 48 MB, the engine inside, no defences");
            try (Monolith monolith = Monolith.start()) {
                FinalNightReport night = monolith.night().everySecond(live).run();
                before = night.figures("before: monolith", FinalTopology.KILL,
                        monolith.provisioned().of(night.accepted(), Monolith.DRAIN_PATIENCE), 0);
            }
            System.out.println();
            System.out.println("after: the services of step 05 - gateway, shop-a and shop-b, queue, 2 workers,");
            System.out.println("       the recommendation service under its supervisor; shop-b is killed at 10 s");
            try (FinalTopology system = FinalTopology.start()) {
                FinalNightReport night = system.night().everySecond(live).run();
                night.endedEarly().ifPresent(why -> System.out.println("  the night ended early: " + why));
                after = night.figures("after: services", FinalTopology.KILL,
                        system.provisioned().of(night.accepted(), FinalTopology.DRAIN_PATIENCE),
                        system.recommenderRestarts());
            }
        }
        System.out.println();
        System.out.println(FinalNightFigures.header());
        System.out.println(before.row());
        System.out.println(after.row());
        System.exit(0); // the broker's and the HTTP clients' threads would keep the JVM up
    }
}
