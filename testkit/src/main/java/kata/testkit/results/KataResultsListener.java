package kata.testkit.results;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kata.runtime.results.MethodRuns;
import kata.runtime.results.ResultsFile;
import kata.runtime.results.TestResult;
import kata.testkit.Exercise;
import kata.testkit.ExerciseExtension;
import kata.testkit.KataMode;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes {@code target/kata/results.json} after every test run and prints a one-line verdict
 * per module. Registered through {@code META-INF/services}, so every module that has testkit
 * on its test classpath gets it without configuration.
 */
public final class KataResultsListener implements TestExecutionListener {

    /** Test plans run inside tests (the testkit's own tests do that) must not print verdicts. */
    private static final AtomicInteger PLANS_RUNNING = new AtomicInteger();

    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final Map<String, String> redAsExpected = new ConcurrentHashMap<>();
    private final List<TestResult> results = Collections.synchronizedList(new ArrayList<>());
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        PLANS_RUNNING.incrementAndGet();
        results.clear();
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        startedAt.put(test.getUniqueId(), System.nanoTime());
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        entry.getKeyValuePairs().entrySet().stream()
                .filter(e -> e.getKey().equals(ExerciseExtension.RED_AS_EXPECTED))
                .forEach(e -> redAsExpected.put(test.getUniqueId(), e.getValue()));
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        javaMethod(test).ifPresent(m -> results.add(result(test, m, "skipped", false, reason, 0)));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Optional<Method> method = javaMethod(test);
        if (method.isEmpty()) {
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                recordTestsThatNeverRan(test, result);
            }
            return; // containers (classes, engines) are not tests
        }
        long millis = (System.nanoTime() - startedAt.getOrDefault(test.getUniqueId(), System.nanoTime())) / 1_000_000;
        String red = redAsExpected.get(test.getUniqueId());
        if (red != null && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            results.add(result(test, method.get(), "failed", true, red, millis));
            return;
        }
        String outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> "passed";
            case ABORTED -> "aborted";
            case FAILED -> "failed";
        };
        String message = result.getThrowable().map(TestResult::firstLineOf).orElse("");
        results.add(result(test, method.get(), outcome, false, message, millis));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        boolean outermost = PLANS_RUNNING.decrementAndGet() == 0;
        if (results.isEmpty()) {
            return;
        }
        KataMode mode = KataMode.current();
        Path moduleDir = Path.of(System.getProperty("kata.module.dir", System.getProperty("user.dir")));
        Path file = ResultsFile.location(moduleDir);
        ResultsFile run = new ResultsFile(moduleDir.getFileName().toString(), mode.role(), mode.step(),
                Instant.now().toString(), List.copyOf(results));
        run.mergeInto(file);
        if (outermost) {
            System.out.println(Verdict.of(mode, run.tests()));
        }
    }

    /**
     * A container that failed (a class whose {@code @BeforeAll} threw, a parameterized test whose
     * arguments could not be made) never runs its tests, and JUnit reports none of them. Without
     * a line each, the file would keep their results from an earlier run - perhaps "passed" - and
     * the board would show green what did not even start. So each is recorded as failed (aborted,
     * when the container was), with the container's reason.
     */
    private void recordTestsThatNeverRan(TestIdentifier container, TestExecutionResult result) {
        TestPlan testPlan = plan;
        if (testPlan == null) {
            return;
        }
        String outcome = result.getStatus() == TestExecutionResult.Status.ABORTED ? "aborted" : "failed";
        String message = "did not run: " + result.getThrowable().map(TestResult::firstLineOf).orElse("its container failed");
        List<TestIdentifier> candidates = new ArrayList<>(testPlan.getDescendants(container));
        candidates.add(0, container);
        for (TestIdentifier candidate : candidates) {
            methodOf(candidate)
                    .filter(method -> !hasResult(method))
                    .ifPresent(method -> results.add(result(candidate, method, outcome, false, message, 0)));
        }
    }

    private boolean hasResult(Method method) {
        synchronized (results) {
            return results.stream().anyMatch(r -> r.className().equals(method.getDeclaringClass().getName())
                    && r.name().equals(method.getName()));
        }
    }

    private static TestResult result(TestIdentifier test, Method method, String outcome,
                                     boolean red, String message, long millis) {
        Exercise exercise = method.getAnnotation(Exercise.class);
        return new TestResult(
                method.getDeclaringClass().getName(),
                method.getName(),
                test.getDisplayName(),
                exercise == null ? "given" : "exercise",
                exercise == null ? "" : exercise.hint(),
                exercise == null ? "" : exercise.more(),
                exercise == null ? "" : exercise.readme(),
                outcome,
                red,
                message == null ? "" : message,
                millis);
    }

    private static Optional<Method> javaMethod(TestIdentifier test) {
        return test.isTest() ? methodOf(test) : Optional.empty();
    }

    /** The Java method behind a test or a test template (a parameterized test's container). */
    private static Optional<Method> methodOf(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(source -> {
                    try {
                        return source.getJavaMethod();
                    } catch (RuntimeException notLoadable) {
                        return null;
                    }
                });
    }
}
