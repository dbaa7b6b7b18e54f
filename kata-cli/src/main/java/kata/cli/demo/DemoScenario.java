package kata.cli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The script of the night, the same for the monolith and the services so their charts compare:
 * <ol>
 *   <li><b>before</b>: a few seconds of checkout traffic only - all is well;
 *   <li><b>leak</b>: the 3 AM crawler walks the recommendation pages and every call leaks; this
 *       lasts until the leaking process dies, or at most {@link Timings#maxLeak()} seconds;
 *   <li><b>after</b>: a few more seconds, to see who is still standing.
 * </ol>
 * One {@link DemoSecond} per second, handed to the listener as it happens. Bounded by
 * construction: it never runs longer than {@link Timings#maxSeconds()} ticks.
 */
public final class DemoScenario {

    /** Phase lengths in seconds. */
    public record Timings(int before, int maxLeak, int after) {

        public static final Timings STANDARD = new Timings(5, 30, 5);

        public int maxSeconds() {
            return before + maxLeak + after;
        }
    }

    /** Hears the night as it goes: phase changes and one line per second. */
    public interface Listener {

        void phase(String announcement);

        void second(DemoSecond second);
    }

    /** What happened: every second, when the crawler came, when (and how) the leaking process died. */
    public record Timeline(List<DemoSecond> seconds, int crawlerStartSecond, Integer deathSecond, String death) {
    }

    private final DemoStage stage;
    private final Ticker ticker;
    private final Timings timings;
    private final Listener listener;
    private final List<DemoSecond> seconds = new ArrayList<>();

    public DemoScenario(DemoStage stage, Ticker ticker, Timings timings, Listener listener) {
        this.stage = stage;
        this.ticker = ticker;
        this.timings = timings;
        this.listener = listener;
    }

    public Timeline play() throws InterruptedException {
        stage.startCheckoutTraffic();
        ticker.start();
        listener.phase("Customers are buying: checkout traffic only.");
        int second = 0;
        for (; second < timings.before(); second++) {
            tick(second, "before");
        }
        int crawlerStart = second;
        stage.startCrawler();
        listener.phase("3 AM: a crawler walks the recommendation pages. Every call leaks memory.");
        Optional<String> death = Optional.empty();
        Integer deathSecond = null;
        for (int leakEnd = second + timings.maxLeak(); second < leakEnd && death.isEmpty(); second++) {
            tick(second, "leak");
            death = stage.leakDeath();
            deathSecond = death.isPresent() ? second : null;
        }
        listener.phase(death.map(d -> "CRASH: " + d + ". Who is still serving customers?")
                .orElse("No crash within " + timings.maxLeak() + " s. Still standing:"));
        for (int afterEnd = second + timings.after(); second < afterEnd; second++) {
            tick(second, "after");
        }
        List<Reading> complete = stage.stopTraffic(second);
        List<DemoSecond> accurate = new ArrayList<>();
        for (DemoSecond row : seconds) {
            accurate.add(row.second() < complete.size() ? row.withReading(complete.get(row.second())) : row);
        }
        return new Timeline(accurate, crawlerStart, deathSecond, death.orElse(null));
    }

    private void tick(int second, String phase) throws InterruptedException {
        ticker.awaitEndOf(second);
        DemoSecond row = new DemoSecond(second, phase, stage.measure(second), stage.leakedMegabytes(), stage.processStates());
        seconds.add(row);
        listener.second(row);
    }
}
