package kata.supervisor;

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kata.runtime.process.ChildProcesses;

/**
 * What a supervisor did, as it told it: every start and end with its time. Every process it
 * starts is also handed to kata-runtime's register, so none outlives its test.
 */
final class Runs implements Supervisor.Events {

    record Event(String what, Instant at) {
    }

    private final List<Event> events = new ArrayList<>();

    /** The test JVM's java and class path: the supervised program is one of the test's classes. */
    static List<String> java(String... mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-Dkata.child=supervised",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        return command;
    }

    static Supervisor supervise(List<String> command, Map<String, String> env, RestartPolicy policy, Runs runs) {
        Path log = Path.of("target", "kata", "logs", "supervised.log");
        try {
            Files.createDirectories(log.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Supervisor.start(command, env, Redirect.appendTo(log.toFile()), policy, runs);
    }

    @Override
    public synchronized void started(int run, ProcessHandle process) {
        ChildProcesses.register("supervised-run-" + run, process);
        events.add(new Event("started", Instant.now()));
    }

    @Override
    public synchronized void ended(int run, int exitCode) {
        events.add(new Event("ended " + exitCode, Instant.now()));
    }

    @Override
    public void restartingIn(Duration wait) {
    }

    @Override
    public synchronized void gaveUp(String why) {
        events.add(new Event("gave up", Instant.now()));
    }

    synchronized long starts() {
        return events.stream().filter(e -> e.what().equals("started")).count();
    }

    synchronized List<String> story() {
        return events.stream().map(Event::what).toList();
    }

    /** The time from each end to the next start: the supervisor's waits (and a process start). */
    synchronized List<Duration> waits() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).what().equals("started") && events.get(i - 1).what().startsWith("ended")) {
                waits.add(Duration.between(events.get(i - 1).at(), events.get(i).at()));
            }
        }
        return waits;
    }
}
