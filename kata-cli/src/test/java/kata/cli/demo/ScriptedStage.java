package kata.cli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stage that plays a script instead of running processes: checkout is fine until the leaking
 * process "dies" in a chosen second; in the monolith checkout dies with it, in the services not.
 */
final class ScriptedStage implements DemoStage {

    final List<String> calls = new ArrayList<>();
    private final Integer dieInSecond;
    private final boolean checkoutDiesToo;
    private int measured = -1;
    private boolean crawling;

    /** @param dieInSecond the second in which the leak kills its process, or null: it never does */
    ScriptedStage(Integer dieInSecond, boolean checkoutDiesToo) {
        this.dieInSecond = dieInSecond;
        this.checkoutDiesToo = checkoutDiesToo;
    }

    @Override
    public List<String> start() {
        calls.add("start");
        return List.of("shop pid 1");
    }

    @Override
    public void startCheckoutTraffic() {
        calls.add("checkout traffic");
    }

    @Override
    public void startCrawler() {
        calls.add("crawler at " + (measured + 1));
        crawling = true;
    }

    @Override
    public Reading measure(int second) {
        measured = second;
        return reading(second, false);
    }

    private Reading reading(int second, boolean complete) {
        boolean dead = dead(second);
        long checkoutOk = dead && checkoutDiesToo ? 0 : 40;
        long crawl = crawling || complete ? 20 : 0;
        // the live reading misses one late answer; the complete one has it
        return new Reading(complete ? 40 : 39, Math.min(checkoutOk, complete ? 40 : 39), dead ? 1 : 12,
                second < 5 ? 0 : crawl, dead || second < 5 ? 0 : crawl);
    }

    private boolean dead(int second) {
        return dieInSecond != null && second >= dieInSecond;
    }

    @Override
    public double leakedMegabytes() {
        return dead(measured) ? -1 : Math.max(0, measured - 4) * 5.0;
    }

    @Override
    public int leakingHeapMegabytes() {
        return 48;
    }

    @Override
    public Optional<String> leakDeath() {
        return dead(measured) ? Optional.of("shop died of OutOfMemoryError (exit 3)") : Optional.empty();
    }

    @Override
    public String processStates() {
        return dead(measured) ? "shop DEAD (out of memory)" : "shop up";
    }

    @Override
    public List<Reading> stopTraffic(int seconds) {
        calls.add("stop traffic after " + seconds + " s");
        List<Reading> complete = new ArrayList<>();
        for (int s = 0; s < seconds; s++) {
            complete.add(reading(s, true));
        }
        return complete;
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
