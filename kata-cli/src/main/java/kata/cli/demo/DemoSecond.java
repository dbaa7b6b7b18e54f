package kata.cli.demo;

import kata.runtime.night.Night;
import kata.runtime.night.NightSecond;

/**
 * One second of the night, as printed live and drawn in the report: what customers saw (the
 * night's own figures) and what the audience is told besides.
 *
 * @param leakedMb  estimated memory the leak holds in the leaking process; -1 once that process is dead
 * @param processes e.g. "shop up" or "shop up, recommender DEAD (OOM)"
 */
public record DemoSecond(NightSecond reading, double leakedMb, String processes) {

    public int second() {
        return reading.second();
    }

    public Night.Phase phase() {
        return reading.phase();
    }
}
