package kata.supervisor;

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kata.platform.http.ServiceMain;

/**
 * The recommendation service under a supervisor, as it runs at 3 AM: in a JVM of its own with
 * its own heap and {@code -XX:+ExitOnOutOfMemoryError}, started again after it dies - until it
 * crash-loops, when this program gives up and exits 1, for the platform above (systemd,
 * Kubernetes, Compose) or a person to see.
 *
 * <p>Environment: {@code SUPERVISED_MAIN} (default the recommendation service), {@code
 * SUPERVISED_HEAP} (default 64m), {@code RESTART_FIRST_MS} (500), {@code RESTART_LONGEST_MS}
 * (10000), {@code CRASH_LOOP_CRASHES} (5), {@code CRASH_LOOP_SECONDS} (60); everything else
 * ({@code PORT}, {@code LEAK_BYTES_PER_CALL}, ...) is passed on to the service.
 */
public final class SupervisorApp {

    private SupervisorApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        String main = env.getOrDefault("SUPERVISED_MAIN", "kata.recommender.RecommenderApp");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + env.getOrDefault("SUPERVISED_HEAP", "64m"), "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), main);
        RestartPolicy policy = new RestartPolicy(Duration.ofMillis(ServiceMain.intSetting(env, "RESTART_FIRST_MS", 500)),
                Duration.ofMillis(ServiceMain.intSetting(env, "RESTART_LONGEST_MS", 10_000)),
                ServiceMain.intSetting(env, "CRASH_LOOP_CRASHES", 5),
                Duration.ofSeconds(ServiceMain.intSetting(env, "CRASH_LOOP_SECONDS", 60)));
        Supervisor supervisor = Supervisor.start(command, Map.of(), Redirect.INHERIT, policy, new Supervisor.Events() {
            @Override
            public void started(int run, ProcessHandle process) {
                System.out.println("supervisor: " + main + " run " + run + " started, pid " + process.pid());
            }

            @Override
            public void ended(int run, int exitCode) {
                System.out.println("supervisor: run " + run + " ended with exit code " + exitCode
                        + (exitCode == 3 ? " (OutOfMemoryError)" : ""));
            }

            @Override
            public void restartingIn(Duration wait) {
                System.out.println("supervisor: starting it again in " + wait.toMillis() + " ms");
            }

            @Override
            public void gaveUp(String why) {
                System.out.println("supervisor: giving up - " + why);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(supervisor::close, "supervisor-stop"));
        supervisor.awaitEnd(Duration.ofDays(3650));
        System.exit(supervisor.gaveUp() ? 1 : 0);
    }
}
