package kata.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import kata.cli.Terminal;
import org.junit.jupiter.api.Test;

/** The script of the night against a scripted stage and a clock that does not wait. */
class DemoScenarioTest {

    private static final Ticker INSTANT = Nights.instantClock();

    private final List<String> announcements = new ArrayList<>();
    private final List<DemoSecond> printed = new ArrayList<>();
    private final DemoScenario.Listener listener = new DemoScenario.Listener() {
        @Override
        public void phase(String announcement) {
            announcements.add(announcement);
        }

        @Override
        public void second(DemoSecond second) {
            printed.add(second);
        }
    };

    @Test
    void beforeThenTheLeakUntilTheCrashThenAfter() throws InterruptedException {
        ScriptedStage stage = new ScriptedStage(12, true);

        DemoScenario.Timeline night = new DemoScenario(stage, INSTANT, DemoScenario.Timings.STANDARD, listener).play();

        assertThat(night.seconds()).hasSize(18); // 5 before, 8 of leak (5..12), 5 after
        assertThat(night.seconds()).extracting(DemoSecond::phase).containsSequence("before", "leak").endsWith("after");
        assertThat(night.crawlerStartSecond()).isEqualTo(5);
        assertThat(night.deathSecond()).isEqualTo(12);
        assertThat(night.death()).isEqualTo("shop died of OutOfMemoryError (exit 3)");
        assertThat(stage.calls).containsExactly("checkout traffic", "crawler at 5", "stop traffic after 18 s");
        assertThat(announcements).hasSize(3);
        assertThat(announcements.get(2)).startsWith("CRASH: shop died of OutOfMemoryError");
    }

    @Test
    void printsLiveButKeepsTheCompleteReadings() throws InterruptedException {
        DemoScenario.Timeline night = new DemoScenario(new ScriptedStage(12, true), INSTANT,
                DemoScenario.Timings.STANDARD, listener).play();

        assertThat(printed.get(0).reading().checkoutTotal()).isEqualTo(39);
        assertThat(night.seconds().get(0).reading().checkoutTotal()).isEqualTo(40);
    }

    @Test
    void boundedWhenNothingDies() throws InterruptedException {
        DemoScenario.Timeline night = new DemoScenario(new ScriptedStage(null, false), INSTANT,
                new DemoScenario.Timings(2, 3, 1), listener).play();

        assertThat(night.seconds()).hasSize(6);
        assertThat(night.deathSecond()).isNull();
        assertThat(announcements.get(2)).isEqualTo("No crash within 3 s. Still standing:");
    }

    /** On a projector the night must end by itself, even when nothing dies: 40 s at the most. */
    @Test
    void theStandardNightEndsWithin40SecondsEvenWhenNothingDies() throws InterruptedException {
        DemoScenario.Timeline night = new DemoScenario(new ScriptedStage(null, false), INSTANT,
                DemoScenario.Timings.STANDARD, listener).play();

        assertThat(night.deathSecond()).isNull();
        assertThat(night.seconds()).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void aLineASecondWithTheStateFirstInAtMostOneHundredColumns() {
        Terminal plain = Terminal.plain(new StringWriter(), new StringWriter());

        String alive = DemoPrinter.line(plain, new DemoSecond(7, "leak", new Reading(40, 40, 14.2, 20, 19), 21.3,
                "shop up, recommender up"), 48);
        String dying = DemoPrinter.line(plain, new DemoSecond(13, "after", new Reading(40, 40, 11, 20, 0), -1,
                "shop up, recommender DEAD (OOM)"), 48);
        String dead = DemoPrinter.line(plain, new DemoSecond(13, "after", new Reading(40, 0, 1, 20, 0), -1, "shop DEAD"), 48);

        assertThat(alive).isEqualTo("t+ 7s  shop up, recommender up          checkout 100.0 % p99  14 ms  recs  95.0 %"
                + "  leak 21/48 MB");
        assertThat(dying).startsWith("t+13s  shop up, recommender DEAD (OOM)  checkout 100.0 %");
        assertThat(List.of(alive, dying, dead)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(dead).as("no checkout succeeded: no p99").startsWith("t+13s  shop DEAD").contains("checkout   0.0 % p99      \u2013");
    }
}
