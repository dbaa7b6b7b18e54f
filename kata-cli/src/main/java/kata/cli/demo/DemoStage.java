package kata.cli.demo;

import java.util.List;
import java.util.Optional;

/**
 * The system on stage and the traffic against it. {@link LiveStage} is the real one (child JVMs
 * and load probes); tests use a scripted fake, so {@link DemoScenario} is tested without processes.
 */
public interface DemoStage extends AutoCloseable {

    /** Starts the processes; returns one line per process for the audience ("shop: pid 4242, -Xmx48m"). */
    List<String> start();

    /** Customers start buying. Second 0 of the night starts now. */
    void startCheckoutTraffic();

    /** The 3 AM crawler starts walking the recommendation pages. */
    void startCrawler();

    /** What customers saw in second {@code second} so far. */
    Reading measure(int second);

    /** Estimated memory the leak holds now, in MB; -1 once the leaking process is dead. */
    double leakedMegabytes();

    /** Heap limit of the leaking process, in MB, to put the leak in proportion. */
    int leakingHeapMegabytes();

    /** The leaking process's death, e.g. "shop died of OutOfMemoryError (exit 3)"; empty while it lives. */
    Optional<String> leakDeath();

    /** Every process and whether it is up, e.g. "shop up, recommender DEAD". */
    String processStates();

    /** Stops the traffic and returns the complete reading of every second (late answers included). */
    List<Reading> stopTraffic(int seconds);

    /** Stops every process; nothing of ours may be left running afterwards. */
    @Override
    void close();
}
