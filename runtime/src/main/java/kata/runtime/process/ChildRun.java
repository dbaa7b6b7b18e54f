package kata.runtime.process;

import java.time.Duration;
import java.util.Optional;

/**
 * One run of a child JVM: the OS process, the pump reading its output, and what we did to it.
 * A {@link ChildJvm} has a new run after every restart; the settings stay, the run is replaced.
 */
final class ChildRun {

    /** Long enough for a dying JVM's last lines to reach the log, short enough never to hang a test. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(2);
    static final int SIGTERM = 15;
    static final int SIGKILL = 9;

    private final Process process;
    private final OutputPump output;
    /** The signal we sent, so that "stopped by the test" is not mistaken for a crash. */
    private volatile int signalSent;
    private volatile ExitCause exitCause;

    ChildRun(Process process, OutputPump output) {
        this.process = process;
        this.output = output;
    }

    Process process() {
        return process;
    }

    OutputPump output() {
        return output;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Graceful stop; returns once the process is gone (forcibly after {@code grace}). */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        signalSent = SIGTERM;
        if (ProcessTree.stop(process, grace)) {
            signalSent = SIGKILL;
        }
        output.awaitDrained(DRAIN_TIMEOUT);
    }

    void kill() {
        if (!process.isAlive()) {
            return;
        }
        signalSent = SIGKILL;
        ProcessTree.kill(process);
        output.awaitDrained(DRAIN_TIMEOUT);
    }

    /** Empty while the process runs; computed once, after its output has been read to the end. */
    Optional<ExitCause> exitCause() {
        if (process.isAlive()) {
            return Optional.empty();
        }
        if (exitCause == null) {
            output.awaitDrained(DRAIN_TIMEOUT);
            exitCause = ExitCause.classify(process.exitValue(), output.oomLine(), signalSent, output.lastMessage());
        }
        return Optional.of(exitCause);
    }
}
