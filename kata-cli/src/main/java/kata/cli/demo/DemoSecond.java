package kata.cli.demo;

/**
 * One second of the night, as printed live and drawn in the report.
 *
 * @param second      seconds since checkout traffic started
 * @param phase       "before", "leak" (the crawler runs) or "after" (the leaking process died, or time ran out)
 * @param leakedMb    estimated memory the leak holds in the leaking process; -1 once that process is dead
 * @param processes   e.g. "shop up" or "shop up, recommender DEAD (OutOfMemoryError)"
 */
public record DemoSecond(int second, String phase, Reading reading, double leakedMb, String processes) {

    public DemoSecond withReading(Reading accurate) {
        return new DemoSecond(second, phase, accurate, leakedMb, processes);
    }
}
