package kata.testkit.nginx;

import static kata.runtime.process.ProcessTree.awaitExit;

import java.time.Duration;
import java.util.List;

/**
 * Ends an nginx master and its workers. Never SIGKILL first: a killed master leaves its workers
 * serving, orphaned. SIGTERM (Java's {@code destroy()}) makes the master stop its workers and
 * exit; only what is still alive after the grace is killed.
 */
final class NginxProcessControl {

    private NginxProcessControl() {
    }

    static void stop(ProcessHandle master, Duration grace) {
        List<ProcessHandle> workers = master.descendants().toList(); // listed before they are orphaned
        master.destroy();
        if (!awaitExit(master, grace)) {
            master.destroyForcibly();
            awaitExit(master, Duration.ofSeconds(5));
        }
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        workers.forEach(worker -> awaitExit(worker, Duration.ofSeconds(5)));
    }
}
