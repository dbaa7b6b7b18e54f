package kata.testkit;

import java.lang.reflect.Method;
import java.util.Optional;
import kata.runtime.process.ChildStartException;
import kata.runtime.results.TestResult;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The behaviour behind {@link Exercise}.
 *
 * <p>Learner mode: a failure is re-thrown as an {@link ExerciseFailure} whose message carries
 * the hint. Contract mode (starter, whole-reactor build): a target must be red <em>for the
 * reason its hint names</em> - an assertion that does not hold yet, or a TODO the starter still
 * throws - and in the test itself. That failure is recorded as "red as expected" (a report entry
 * the results listener reads) and swallowed. Anything else fails the build, naming the step,
 * the test and the cause: a target that passes, a target whose set-up or clean-up fails, and a
 * target red for another reason (a child JVM that cannot start, a port already taken). A broken
 * harness is red on the starter and on the solution alike, so it proves nothing.
 */
public final class ExerciseExtension
        implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler,
                AfterTestExecutionCallback {

    /** Report-entry key the results listener reads to know a target was red on purpose. */
    public static final String RED_AS_EXPECTED = "kata.redAsExpected";

    private static final ExtensionContext.Namespace NS =
            ExtensionContext.Namespace.create(ExerciseExtension.class);

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        handle(context, failure, null);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        handle(context, failure, "@BeforeEach");
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        handle(context, failure, "@AfterEach");
    }

    /** @param lifecycleMethod {@code null} for the test itself, else "@BeforeEach" or "@AfterEach" */
    private void handle(ExtensionContext context, Throwable failure, String lifecycleMethod) throws Throwable {
        if (failure instanceof TestAbortedException) {
            throw failure; // a skipped target is neither red nor green: never hide a skip
        }
        KataMode mode = KataMode.current();
        if (!mode.contract()) {
            throw ExerciseFailure.withHint(failure, exercise(context), mode);
        }
        if (lifecycleMethod != null) {
            // Set-up and clean-up are given code: they must work on the starter, or the target
            // never ran and its red says nothing about what the learner still has to build.
            throw new AssertionError(mode.step() + ": target " + testName(context) + " cannot run: its "
                    + lifecycleMethod + " failed with " + describe(failure) + System.lineSeparator()
                    + "  Set-up and clean-up are given code: they must work on the starter. A target is red in its test.",
                    failure);
        }
        if (!redForTheRightReason(failure)) {
            throw new AssertionError(mode.step() + ": target " + testName(context) + " is red for the wrong reason: "
                    + describe(failure) + System.lineSeparator()
                    + "  A target may fail on the starter only by an assertion or by the starter's TODO"
                    + " (UnsupportedOperationException(\"TODO ...\")). Anything else is a broken harness,"
                    + " and a broken harness is red on the solution too.", failure);
        }
        // Red for the right reason is what a starter must be. Remember it; do not fail the build.
        context.getStore(NS).put(RED_AS_EXPECTED, Boolean.TRUE);
        context.publishReportEntry(RED_AS_EXPECTED, firstLine(failure));
    }

    /**
     * What a starter's target may fail with: an assertion that does not hold yet (JUnit, AssertJ,
     * opentest4j - all {@link AssertionError}s), a state the test awaited that never came
     * (Awaitility's {@link ConditionTimeoutException}: an assertion over time), or a TODO the
     * starter throws - in the test's JVM, or in a service the test started, which then died of it.
     */
    static boolean redForTheRightReason(Throwable failure) {
        return failure instanceof AssertionError
                || failure instanceof ConditionTimeoutException
                || isStartersTodo(failure)
                || isStartersTodoInAChild(failure);
    }

    /** How starters mark unbuilt code: {@code throw new UnsupportedOperationException("TODO step 02: ...")}. */
    static boolean isStartersTodo(Throwable failure) {
        return failure instanceof UnsupportedOperationException
                && String.valueOf(failure.getMessage()).startsWith("TODO");
    }

    /**
     * A service the test started died of the starter's TODO (its last words, which the launcher
     * quotes, name it): the harness worked, and the TODO is what the target waits for.
     */
    static boolean isStartersTodoInAChild(Throwable failure) {
        return failure instanceof ChildStartException
                && String.valueOf(failure.getMessage()).contains("UnsupportedOperationException: TODO");
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        KataMode mode = KataMode.current();
        boolean wasRed = context.getStore(NS).get(RED_AS_EXPECTED) != null;
        if (mode.contract() && !wasRed && context.getExecutionException().isEmpty()) {
            throw new AssertionError(mode.step() + ": target " + testName(context)
                    + " already passes on the starter. A starter must leave every target red"
                    + " (was a solution file copied into the starter, or is the test unable to fail?)");
        }
    }

    static Exercise exercise(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> m.getAnnotation(Exercise.class))
                .orElseThrow(() -> new IllegalStateException("@Exercise belongs on a test method"));
    }

    static String testName(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        String cls = context.getRequiredTestClass().getSimpleName();
        return cls + "." + method.map(Method::getName).orElse(context.getDisplayName());
    }

    /** "ChildStartException: shop died while starting ...": the type, and the first line of the message. */
    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + TestResult.firstLineOf(failure);
    }

    /** An error that is not an assertion keeps its type in view: "IllegalStateException: ...". */
    static String firstLine(Throwable failure) {
        String line = TestResult.firstLineOf(failure);
        return failure instanceof AssertionError ? line : failure.getClass().getSimpleName() + ": " + line;
    }
}
