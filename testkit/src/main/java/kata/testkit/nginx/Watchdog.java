package kata.testkit.nginx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kata.runtime.process.ChildProcesses;

/**
 * If the test JVM is SIGKILLed, no shutdown hook runs, and an nginx would serve on for ever. A tiny
 * shell loop, started next to nginx, checks once a second whether the test JVM still lives, and
 * otherwise sends the nginx master SIGTERM. (No {@code /bin/sh} - Windows - no watchdog; the next
 * run still removes what is left, see {@link NginxPrefix#removeLeftovers}.)
 */
final class Watchdog {

    private static final Path SHELL = Path.of("/bin/sh");

    private Watchdog() {
    }

    static void guard(String name, ProcessHandle master) {
        if (!Files.isExecutable(SHELL)) {
            return;
        }
        long testJvm = ProcessHandle.current().pid();
        String loop = "while kill -0 " + testJvm + " 2>/dev/null && kill -0 " + master.pid() + " 2>/dev/null;"
                + " do sleep 1; done; kill -0 " + testJvm + " 2>/dev/null || kill -TERM " + master.pid() + " 2>/dev/null";
        try {
            Process watchdog = new ProcessBuilder(SHELL.toString(), "-c", loop)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            ChildProcesses.register(name + "-nginx-watchdog", watchdog.toHandle());
        } catch (IOException e) {
            // without a watchdog, ChildProcesses and the next run's cleanup still end nginx
        }
    }
}
