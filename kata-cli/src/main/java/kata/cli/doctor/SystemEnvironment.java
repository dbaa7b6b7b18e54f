package kata.cli.doctor;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import kata.runtime.process.ChildProcess;

/** The real machine, as {@link Environment} describes it. */
public final class SystemEnvironment implements Environment {

    private static final Duration DOCKER_TIMEOUT = Duration.ofSeconds(4);

    private final Path repoRoot;
    private DockerStatus docker;

    public SystemEnvironment(Path repoRoot) {
        this.repoRoot = repoRoot;
    }

    @Override
    public Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    @Override
    public Runtime.Version javaVersion() {
        return Runtime.version();
    }

    @Override
    public Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    @Override
    public Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    @Override
    public Path repoRoot() {
        return repoRoot;
    }

    @Override
    public boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    @Override
    public Optional<Path> onPath(String executable) {
        return variable("PATH").stream()
                .flatMap(path -> Stream.of(path.split(File.pathSeparator)))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir).resolve(executable))
                .filter(this::isExecutable)
                .findFirst();
    }

    @Override
    public boolean isExecutable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    @Override
    public synchronized DockerStatus docker() {
        if (docker == null) {
            docker = probeDocker();
        }
        return docker;
    }

    private DockerStatus probeDocker() {
        boolean cli = onPath(isWindows() ? "docker.exe" : "docker").isPresent();
        boolean socket = variable("DOCKER_HOST").isPresent() || Files.exists(Path.of("/var/run/docker.sock"));
        if (!cli && !socket) {
            return DockerStatus.absent();
        }
        if (!cli) {
            return new DockerStatus(true, false, "a Docker socket exists but there is no docker command to ask it");
        }
        ChildProcess.Result info = run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), DOCKER_TIMEOUT);
        if (info.ok() && !info.output().isBlank()) {
            return new DockerStatus(true, true, "Docker " + info.output().strip());
        }
        return new DockerStatus(true, false, "docker info: " + info.lastLine());
    }

    @Override
    public boolean dockerImagePresent(String image) {
        return run(List.of("docker", "image", "inspect", "--format", "{{.Id}}", image), DOCKER_TIMEOUT).ok();
    }

    @Override
    public ChildProcess.Result run(List<String> command, Duration timeout) {
        return ChildProcess.command(command).run(timeout);
    }

    @Override
    public boolean canConnect(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Something answering on 127.0.0.1:port means busy; otherwise try to bind it (a server bound to
     * all interfaces blocks this on Linux and Windows, and the connect above catches it on macOS).
     */
    @Override
    public boolean portFree(int port) {
        if (canConnect("127.0.0.1", port, Duration.ofMillis(200))) {
            return false;
        }
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
