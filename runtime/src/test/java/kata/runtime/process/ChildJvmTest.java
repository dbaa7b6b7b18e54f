package kata.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kata.runtime.http.HttpResult;
import kata.runtime.http.TestHttp;
import kata.runtime.process.ExitCause.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real child JVMs, each a {@link TinyHttpServer} with a 32 MB heap. Every test closes what it
 * starts (try-with-resources); the reaper would catch anything missed.
 */
class ChildJvmTest {

    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(15);

    private static ChildJvm.Builder tiny(String name) {
        return ChildJvm.builder(name, TinyHttpServer.class).heap("32m");
    }

    @Test
    void startsAServiceFindsItsPortAndWaitsUntilItIsHealthy() {
        try (ChildJvm tiny = tiny("tiny-start").start()) {
            assertThat(tiny.isAlive()).isTrue();
            assertThat(tiny.name()).isEqualTo("tiny-start");
            assertThat(tiny.baseUri()).hasToString("http://127.0.0.1:" + tiny.port());
            assertThat(TestHttp.to(tiny.baseUri()).get("/health").body()).isEqualTo("ok");
            assertThat(tiny.pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(tiny.exitCause()).as("a running child has no exit cause").isEmpty();
        }
    }

    @Test
    void writesWhatTheChildPrintsToTargetKataLogsStartingAFreshFile() throws Exception {
        Path logFile = Path.of("target", "kata", "logs", "tiny-log.log");
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, "left over from an earlier run\n");

        try (ChildJvm tiny = tiny("tiny-log").start()) {
            String announcement = "tiny-log listening on http://127.0.0.1:" + tiny.port();
            assertThat(tiny.logFile()).isEqualTo(logFile);
            assertThat(tiny.log()).startsWith("----- tiny-log starting at ").contains(announcement)
                    .doesNotContain("left over");
            assertThat(tiny.logTail(1)).containsExactly(announcement);
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows has no SIGTERM: a stop there is always forcible")
    void stopIsGracefulTheServiceRunsItsShutdownHooks() {
        ChildJvm tiny = tiny("tiny-stop").jvmArg("-Dtiny.sayGoodbye=true").start();

        tiny.stop();

        assertThat(tiny.isAlive()).isFalse();
        assertThat(tiny.log()).contains(TinyHttpServer.GOODBYE);
        ExitCause cause = tiny.exitCause().orElseThrow();
        assertThat(cause).isEqualTo(new ExitCause(143, Kind.KILLED_BY_SIGNAL, "SIGTERM (143)"));
        assertThat(cause).hasToString("killed by SIGTERM (143)");
    }

    @Test
    void killGivesTheServiceNoChanceToCleanUp() {
        ChildJvm tiny = tiny("tiny-kill").jvmArg("-Dtiny.sayGoodbye=true").start();

        tiny.kill();

        assertThat(tiny.isAlive()).isFalse();
        assertThat(tiny.log()).doesNotContain(TinyHttpServer.GOODBYE);
        ExitCause cause = tiny.exitCause().orElseThrow();
        assertThat(cause.kind()).isEqualTo(Kind.KILLED_BY_SIGNAL);
        assertThat(cause.detail()).startsWith("SIGKILL");
    }

    @Test
    void aServiceThatRunsOutOfHeapDiesOfOutOfMemoryAndSaysSo() {
        try (ChildJvm tiny = tiny("tiny-oom").exitOnOutOfMemory().start()) {
            HttpResult answer = TestHttp.to(tiny.baseUri()).tryGet("/alloc?mb=64", Duration.ofSeconds(10));

            ExitCause cause = tiny.awaitExit(EXIT_TIMEOUT);

            assertThat(answer.status()).as("the service died instead of answering: " + answer.body()).isEqualTo(-1);
            assertThat(cause.kind()).isEqualTo(Kind.OUT_OF_MEMORY);
            assertThat(cause.exitCode()).isEqualTo(3);
            assertThat(cause.detail()).startsWith("Terminating due to java.lang.OutOfMemoryError");
            assertThat(cause.toString()).startsWith("died of OutOfMemoryError (exit 3): Terminating due to");
        }
    }

    @Test
    void restartBringsBackAHealthyProcessAfterACrashOrWhileRunning() {
        try (ChildJvm tiny = tiny("tiny-restart").start()) {
            long crashedPid = tiny.pid();
            tiny.kill();

            assertThat(tiny.restart()).isSameAs(tiny);
            long restartedPid = tiny.pid();
            assertThat(restartedPid).isNotEqualTo(crashedPid);
            assertThat(TestHttp.to(tiny.baseUri()).get("/health").status()).isEqualTo(200);
            assertThat(tiny.exitCause()).isEmpty();

            tiny.restart(); // while alive: stop, then start
            assertThat(tiny.pid()).isNotEqualTo(restartedPid);
            assertThat(ProcessHandle.of(restartedPid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(TestHttp.to(tiny.baseUri()).get("/health").status()).isEqualTo(200);
            assertThat(tiny.log()).as("restarts append to the log").containsOnlyOnce("----- tiny-restart starting")
                    .contains("----- restart: tiny-restart starting");
        }
    }

    @Test
    void aChildThatDiesWhileStartingFailsFastWithItsExitCauseAndLog(@TempDir Path logDir) {
        assertThatThrownBy(() -> ChildJvm.builder("exits-7", ExitsWithSeven.class).logDir(logDir).start())
                .isInstanceOf(ChildStartException.class)
                .hasMessageContaining("exits-7 died while starting: exited with an error (exit 7)")
                .hasMessageContaining("cannot read configuration: missing SHOP_DB_URL");
        assertThat(logDir.resolve("exits-7.log")).content().contains("missing SHOP_DB_URL");
    }

    @Test
    void aChildThatNeverAnnouncesItsPortIsKilledAfterTheStartTimeout() {
        assertThatThrownBy(() -> ChildJvm.builder("silent", NeverAnnounces.class).heap("32m")
                .startTimeout(Duration.ofSeconds(2)).start())
                .isInstanceOf(ChildStartException.class)
                .hasMessageContaining("silent did not start")
                .hasMessageContaining("listening on http://HOST:PORT")
                .hasMessageContaining("warming up caches");
        assertThat(liveChildrenNamed("silent")).as("the launcher killed what it gave up on").isEmpty();
    }

    @Test
    void aChildThatNeverTurnsHealthyIsNotReportedAsStarted() {
        assertThatThrownBy(() -> tiny("unhealthy").healthPath("/no-such-path").startTimeout(Duration.ofSeconds(3)).start())
                .isInstanceOf(ChildStartException.class)
                .hasMessageContaining("to answer 200 on /no-such-path");
        assertThat(liveChildrenNamed("unhealthy")).isEmpty();
    }

    /** Our child processes whose command line carries {@code -Dkata.child=NAME}. */
    static List<ProcessHandle> liveChildrenNamed(String name) {
        return ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains("-Dkata.child=" + name + " "))
                .filter(ProcessHandle::isAlive)
                .toList();
    }
}
