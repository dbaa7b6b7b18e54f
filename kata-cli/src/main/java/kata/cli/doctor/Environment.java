package kata.cli.doctor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import kata.runtime.process.ChildProcess;

/**
 * Everything {@code ./kata doctor} and {@code ./kata prefetch} ask the machine, behind one
 * interface, so the checks can be tested with things present and absent without touching the
 * real machine. {@link SystemEnvironment} is the real one.
 *
 * <p>Files are not behind this interface: checks read them under {@link #repoRoot()} and
 * {@link #userHome()}, which a test points at folders of its own.
 */
public interface Environment {

    /** An environment variable, empty when unset or blank. */
    Optional<String> variable(String name);

    /** The version of the JVM running this tool (the one the scripts found, as ./mvnw will). */
    Runtime.Version javaVersion();

    /** {@code java.home} of the JVM running this tool. */
    Path javaHome();

    Path userHome();

    Path repoRoot();

    boolean isWindows();

    /** The first executable of that name on the PATH. */
    Optional<Path> onPath(String executable);

    boolean isExecutable(Path file);

    /** Whether a Docker engine answers; asked once, the answer kept (it takes a moment). */
    DockerStatus docker();

    /** Whether {@code docker image inspect IMAGE} finds the image locally. */
    boolean dockerImagePresent(String image);

    /** Runs a command with a timeout (kata-runtime's launcher); used for {@code docker pull}. */
    ChildProcess.Result run(List<String> command, Duration timeout);

    /** A TCP connect to host:port within the timeout. */
    boolean canConnect(String host, int port, Duration timeout);

    /** Whether a server could listen on 127.0.0.1:port right now. */
    boolean portFree(int port);
}
