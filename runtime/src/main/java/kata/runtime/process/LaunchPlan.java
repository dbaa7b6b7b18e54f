package kata.runtime.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to launch a child JVM, frozen, so that {@link ChildJvm#restart()} starts
 * exactly the same process again.
 *
 * @param heap       the {@code -Xmx} value ("64m"), or {@code null} for the JVM default
 * @param healthPath polled until it answers 200, or {@code null} to only wait for the port
 */
record LaunchPlan(
        String name,
        String mainClass,
        String heap,
        boolean exitOnOutOfMemory,
        List<String> jvmArgs,
        List<String> args,
        Map<String, String> env,
        String classpath,
        String healthPath,
        Duration startTimeout,
        Path logDir) {

    LaunchPlan {
        jvmArgs = List.copyOf(jvmArgs);
        args = List.copyOf(args);
        env = Map.copyOf(env);
    }

    Path logFile() {
        return logDir.resolve(name + ".log");
    }

    /**
     * {@code java -Dkata.child=NAME -Dkata.parentPid=PID [-Xmx..] [jvm args] -cp CP
     * kata.runtime.process.ChildBootstrap MAIN [args]}.
     *
     * <p>The child runs {@link ChildBootstrap}, not the service's main class directly: the
     * bootstrap first arms the orphan watchdog, which needs to know our pid.
     */
    List<String> command(long parentPid) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + ChildBootstrap.CHILD_NAME_PROPERTY + "=" + name);
        command.add("-D" + ChildBootstrap.PARENT_PID_PROPERTY + "=" + parentPid);
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        // Fast start: a test's service lives seconds, not days. The C1 compiler alone and the serial
        // collector spend far less CPU warming up than C2 and G1's threads, which on a 2-core
        // machine the test itself needs. Production flags are the service's own (exec:exec).
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        if (exitOnOutOfMemory) {
            // A JVM out of heap otherwise limps on with dead threads; this makes the failure honest.
            command.add("-XX:+ExitOnOutOfMemoryError");
        }
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath);
        command.add(ChildBootstrap.class.getName());
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
