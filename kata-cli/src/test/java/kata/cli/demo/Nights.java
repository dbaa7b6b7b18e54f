package kata.cli.demo;

import java.util.ArrayList;
import java.util.List;
import kata.runtime.night.Night;
import kata.runtime.night.NightSecond;

/** A played night for the report tests, written down rather than run: 18 seconds, the crash in second 12. */
final class Nights {

    private static final int CRAWLER_START = 5;
    private static final int DEATH = 12;
    private static final int SECONDS = 18;

    private Nights() {
    }

    /** Checkout fine until the leaking process dies; in the monolith checkout dies with it, in the services not. */
    static DemoRun played(String kind, boolean checkoutDiesToo) {
        List<DemoSecond> seconds = new ArrayList<>();
        for (int second = 0; second < SECONDS; second++) {
            boolean dead = second >= DEATH;
            // the second in which the process died still belongs to the leak: it was alive when the second began
            Night.Phase phase = second < CRAWLER_START ? Night.Phase.BEFORE
                    : second <= DEATH ? Night.Phase.LEAK : Night.Phase.AFTER;
            long crawled = phase == Night.Phase.BEFORE ? 0 : 20;
            NightSecond reading = new NightSecond(second, phase, 40, dead && checkoutDiesToo ? 0 : 40, dead ? 1 : 12,
                    crawled, dead ? 0 : crawled, 10, dead && checkoutDiesToo ? 0 : 10);
            seconds.add(new DemoSecond(reading, dead ? -1 : Math.max(0, second - 4) * 5.0,
                    dead ? (checkoutDiesToo ? "shop DEAD (OOM)" : "shop up, recommender DEAD (OOM)") : "shop up"));
        }
        return new DemoRun(kind, "The 3 AM night: " + kind, "test system", "2025-11-28T03:00:00Z",
                checkoutDiesToo ? "shop" : "recommender", 48, CRAWLER_START, DEATH,
                (checkoutDiesToo ? "shop" : "recommender") + " died of OutOfMemoryError (exit 3)", seconds);
    }
}
