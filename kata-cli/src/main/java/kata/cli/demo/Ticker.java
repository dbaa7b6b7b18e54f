package kata.cli.demo;

/** The demo's clock: one tick per second of the night. A test's ticker does not wait. */
public interface Ticker {

    /** Second 0 starts now. */
    void start();

    /** Waits until second {@code second} (counted from {@link #start()}) is over. */
    void awaitEndOf(int second) throws InterruptedException;

    /** The real clock. */
    static Ticker wallClock() {
        return new Ticker() {
            private long start;

            @Override
            public void start() {
                start = System.nanoTime();
            }

            @Override
            public void awaitEndOf(int second) throws InterruptedException {
                long due = start + (second + 1) * 1_000_000_000L;
                long leftMillis;
                while ((leftMillis = (due - System.nanoTime()) / 1_000_000) > 0) {
                    Thread.sleep(leftMillis);
                }
            }
        };
    }
}
