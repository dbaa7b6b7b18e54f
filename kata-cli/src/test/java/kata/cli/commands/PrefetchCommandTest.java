package kata.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kata.cli.TestKata;
import kata.cli.TestRepo;
import kata.cli.doctor.DockerStatus;
import kata.cli.doctor.PrefetchMarker;
import org.junit.jupiter.api.Test;

class PrefetchCommandTest {

    private final TestKata kata = new TestKata(TestRepo.freshClone("prefetch"));

    @Test
    void fetchesWithMavenPullsImagesAndThenDoctorSaysOfflineReady() {
        kata.environment.docker = new DockerStatus(true, true, "Docker 27");
        kata.maven.sideEffect = kata.environment::cacheKeyArtifacts;

        assertThat(kata.run("prefetch")).isZero();

        // What offline work needs: every module installed with its dependencies, and the plugins.
        assertThat(kata.maven.runs.get(0)).containsExactly("-B", "install", "-DskipTests");
        assertThat(kata.maven.runs).anySatisfy(run -> assertThat(run).contains("dependency:resolve-plugins"))
                .allSatisfy(run -> assertThat(run).startsWith("-B"));
        assertThat(kata.environment.commandsRun).containsExactly(
                List.of("docker", "pull", "rabbitmq:4-management-alpine"), List.of("docker", "pull", "nginx:1.27-alpine"));
        assertThat(kata.out()).contains("Done: offline-ready");

        kata.run("doctor");
        assertThat(kata.out()).contains("OK    offline   offline-ready");
    }

    @Test
    void withoutDockerOnlyMaven() {
        kata.maven.sideEffect = kata.environment::cacheKeyArtifacts;

        assertThat(kata.run("prefetch")).isZero();
        assertThat(kata.environment.commandsRun).isEmpty();
        assertThat(kata.out()).contains("Docker not reachable: no container images to pull");
    }

    @Test
    void aFailedDownloadStopsAndSaysWhere() {
        kata.maven.exitCode = 1;

        assertThat(kata.run("prefetch")).isEqualTo(1);
        assertThat(kata.maven.runs).hasSize(1);
        assertThat(kata.out()).contains("That failed (exit 1). Are you online? Full log: target/kata/prefetch.log");
        assertThat(PrefetchMarker.read(kata.environment)).isEmpty();
    }
}
