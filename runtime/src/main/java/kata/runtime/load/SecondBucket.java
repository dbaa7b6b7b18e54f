package kata.runtime.load;

/**
 * One second of a load run: how many requests started in it, how many succeeded, and how slow
 * the slowest 1 % were. A crash shows up as a row of failures (or of nothing at all).
 *
 * @param second    seconds since the run (or window) started: 0, 1, 2, ...
 * @param p99Millis 99th percentile latency of the requests that ran; 0 if none did
 */
public record SecondBucket(int second, long total, long successes, double p99Millis) {

    public double successRatio() {
        return total == 0 ? 0 : (double) successes / total;
    }
}
