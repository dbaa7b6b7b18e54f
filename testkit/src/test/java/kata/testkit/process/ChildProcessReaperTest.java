package kata.testkit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import kata.runtime.process.ChildJvm;
import kata.runtime.process.ChildProcesses;
import kata.runtime.process.NeverAnnounces;
import kata.runtime.process.StartsGrandchild;
import kata.runtime.process.TinyHttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * "A test run leaves no process behind" — proven for the two ways a run goes wrong: a test that
 * crashes (the reaper ends its children) and a test JVM that is SIGKILLed (each child's watchdog
 * ends itself).
 */
class ChildProcessReaperTest {

    /** Generous: a loaded 2-core machine; the watchdog itself checks every 0.5 s. */
    private static final Duration GONE_WITHIN = Duration.ofSeconds(10);

    @Test
    void aCrashedTestLeavesNoChildBehindAndAClassScopedChildLivesUntilItsClassEnds() {
        TestExecutionSummary summary = runStaged(CrashingTests.class);

        assertThat(summary.getTestsFailedCount()).as(failures(summary)).isEqualTo(1);
        assertThat(summary.getFailures().get(0).getException()).hasMessage(CrashingTests.CRASH);
        assertThat(summary.getTestsSucceededCount()).as(failures(summary)).isEqualTo(1);
        await("every process the staged tests started to be gone").atMost(GONE_WITHIN)
                .untilAsserted(() -> assertThat(alive(CrashingTests.classChildPid, CrashingTests.methodChildPid,
                        CrashingTests.foreignPid)).isEmpty());
    }

    @Test
    void aChildKilledWithSigkillTakesItsOwnChildrenAlongThanksToTheirWatchdog() {
        try (ChildJvm middle = ChildJvm.builder("middle", StartsGrandchild.class).heap("64m").start()) {
            ProcessHandle grandchild = ProcessHandle.of(grandchildPid(middle.log())).orElseThrow();
            assertThat(grandchild.isAlive()).isTrue();

            try {
                // like `kill -9` on a test JVM: no shutdown hook, no reaper; only the watchdog is left
                ProcessHandle.of(middle.pid()).orElseThrow().destroyForcibly();

                await("the orphaned grandchild to halt").atMost(GONE_WITHIN).until(() -> !grandchild.isAlive());
            } finally {
                grandchild.destroyForcibly(); // if the watchdog failed, this test must not leave it behind
            }
        }
    }

    @Test
    void theReaperIsRegisteredForEveryLauncher() {
        assertThat(ServiceLoader.load(TestExecutionListener.class))
                .as("META-INF/services/org.junit.platform.launcher.TestExecutionListener")
                .hasAtLeastOneElementOfType(ChildProcessReaper.class);
    }

    /**
     * Runs a test class with a launcher of its own — like Maven or the IDE does — with only the
     * reaper and a summary listening. (The results listener is left out on purpose: these
     * failures are staged and must not appear in target/kata/results.json. EngineTestKit would
     * not do: it runs the engine directly, without any TestExecutionListener, so no reaper.)
     */
    private static TestExecutionSummary runStaged(Class<?> testClass) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherConfig config = LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(new ChildProcessReaper(), summary)
                .build();
        LauncherFactory.create(config).execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .configurationParameter(OnlyInNestedRun.PARAMETER, "true")
                .build());
        return summary.getSummary();
    }

    private static String failures(TestExecutionSummary summary) {
        StringWriter text = new StringWriter();
        summary.printFailuresTo(new PrintWriter(text), 5);
        return text.toString();
    }

    private static List<Long> alive(long... pids) {
        return LongStream.of(pids).filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .boxed().toList();
    }

    private static long grandchildPid(String log) {
        Matcher line = Pattern.compile(StartsGrandchild.GRANDCHILD_PID_LINE + "(\\d+)").matcher(log);
        assertThat(line.find()).as("the middle child prints its grandchild's pid:\n" + log).isTrue();
        return Long.parseLong(line.group(1));
    }

    /** Staged: a test that crashes while its children run. Started only by {@link #runStaged}. */
    @OnlyInNestedRun
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class CrashingTests {

        static final String CRASH = "staged crash while children run";
        static volatile long classChildPid;
        static volatile long methodChildPid;
        static volatile long foreignPid;
        private static ChildJvm classChild;

        /** Never stopped here: the reaper ends class-scoped children when the class finishes. */
        @BeforeAll
        static void startAChildForTheWholeClass() {
            classChild = ChildJvm.builder("class-scoped", TinyHttpServer.class).heap("32m").start();
            classChildPid = classChild.pid();
        }

        @Test
        @Order(1)
        void crashesWhileItsChildrenRun() throws IOException {
            methodChildPid = ChildJvm.builder("method-scoped", TinyHttpServer.class).heap("32m").start().pid();
            Process foreign = new ProcessBuilder(javaCommand(), "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                    NeverAnnounces.class.getName()).start();
            ChildProcesses.register("foreign", foreign.toHandle());
            foreignPid = foreign.pid();

            throw new IllegalStateException(CRASH); // no close(), no stop(): the reaper must do it
        }

        @Test
        @Order(2)
        void findsTheCrashedTestsChildrenGoneButTheClassChildStillRunning() {
            assertThat(alive(methodChildPid, foreignPid)).as("children of the crashed test").isEmpty();
            assertThat(classChild.isAlive()).as("started in @BeforeAll, ends with the class").isTrue();
        }

        private static String javaCommand() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
