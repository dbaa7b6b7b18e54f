package kata.cli.doctor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kata.runtime.process.ChildProcess;

/** A machine made to order: every answer {@link Environment} gives is set by the test. */
public final class FakeEnvironment implements Environment {

    public final Map<String, String> variables = new HashMap<>();
    public final Set<Path> executables = new HashSet<>();
    public final Map<String, Path> onPath = new HashMap<>();
    public final Set<String> reachable = new HashSet<>();
    public final Set<Integer> busyPorts = new HashSet<>();
    public final Set<String> images = new HashSet<>();
    public final List<List<String>> commandsRun = new ArrayList<>();
    public Runtime.Version javaVersion = Runtime.Version.parse("17.0.15");
    public Path javaHome;
    public DockerStatus docker = DockerStatus.absent();
    public boolean windows;
    private final Path repoRoot;
    private final Path userHome;

    public FakeEnvironment(Path repoRoot, Path userHome) {
        this.repoRoot = repoRoot;
        this.userHome = userHome;
        this.javaHome = userHome.resolve("jdk-17");
    }

    /** Puts the root pom's key artifacts into this machine's local Maven repository. */
    public void cacheKeyArtifacts() {
        for (KeyArtifacts.Artifact artifact : KeyArtifacts.declaredIn(repoRoot.resolve("pom.xml"))) {
            Path jar = artifact.jarIn(PrefetchMarker.repository(this));
            try {
                Files.createDirectories(jar.getParent());
                Files.writeString(jar, "jar");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    @Override
    public Runtime.Version javaVersion() {
        return javaVersion;
    }

    @Override
    public Path javaHome() {
        return javaHome;
    }

    @Override
    public Path userHome() {
        return userHome;
    }

    @Override
    public Path repoRoot() {
        return repoRoot;
    }

    @Override
    public boolean isWindows() {
        return windows;
    }

    @Override
    public Optional<Path> onPath(String executable) {
        return Optional.ofNullable(onPath.get(executable));
    }

    @Override
    public boolean isExecutable(Path file) {
        return executables.contains(file);
    }

    @Override
    public DockerStatus docker() {
        return docker;
    }

    @Override
    public boolean dockerImagePresent(String image) {
        return images.contains(image);
    }

    @Override
    public ChildProcess.Result run(List<String> command, Duration timeout) {
        commandsRun.add(command);
        if (command.size() == 3 && command.get(0).equals("docker") && command.get(1).equals("pull")) {
            images.add(command.get(2));
        }
        return new ChildProcess.Result(0, "done");
    }

    @Override
    public boolean canConnect(String host, int port, Duration timeout) {
        return reachable.contains(host + ":" + port);
    }

    @Override
    public boolean portFree(int port) {
        return !busyPorts.contains(port);
    }
}
