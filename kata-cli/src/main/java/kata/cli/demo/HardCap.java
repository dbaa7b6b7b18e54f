package kata.cli.demo;

import java.time.Duration;
import kata.cli.Terminal;

/**
 * The demo's promise to a trainer with a schedule: whatever happens (a service that will not die,
 * a laptop that swaps), it ends within its hard cap. When the cap is hit, the JVM exits, and the
 * shutdown hooks end every child process.
 */
final class HardCap implements AutoCloseable {

    static final int EXIT_CODE = 124; // what timeout(1) uses

    private final Thread guard;

    private HardCap(Thread guard) {
        this.guard = guard;
    }

    static HardCap arm(Duration cap, Terminal terminal) {
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(cap.toMillis());
            } catch (InterruptedException disarmed) {
                return;
            }
            terminal.error("The demo hit its hard cap of " + cap.toSeconds() + " s: stopping everything.");
            System.exit(EXIT_CODE);
        }, "kata-demo-hard-cap");
        guard.setDaemon(true);
        guard.start();
        return new HardCap(guard);
    }

    @Override
    public void close() {
        guard.interrupt();
    }
}
