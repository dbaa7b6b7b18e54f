package kata.testkit;

import java.lang.reflect.Method;
import java.util.Optional;
import kata.testkit.results.TestResult;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The behaviour behind {@link Exercise}.
 *
 * <p>Learner mode: a failure is re-thrown as an {@link ExerciseFailure} whose message carries
 * the hint. Contract mode (starter, whole-reactor build): a failure is the expected state, so
 * it is recorded as "red as expected" (a report entry the results listener reads) and
 * swallowed; a target that <em>passes</em> fails the build instead.
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
        handle(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        handle(context, failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        handle(context, failure);
    }

    private void handle(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof TestAbortedException) {
            throw failure; // a skipped target is neither red nor green: never hide a skip
        }
        KataMode mode = KataMode.current();
        if (!mode.contract()) {
            throw ExerciseFailure.withHint(failure, exercise(context), mode);
        }
        // Contract mode: red is what a starter must be. Remember it; do not fail the build.
        context.getStore(NS).put(RED_AS_EXPECTED, Boolean.TRUE);
        context.publishReportEntry(RED_AS_EXPECTED, firstLine(failure));
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

    /** An error that is not an assertion keeps its type in view: "IllegalStateException: ...". */
    static String firstLine(Throwable failure) {
        String line = TestResult.firstLineOf(failure);
        return failure instanceof AssertionError ? line : failure.getClass().getSimpleName() + ": " + line;
    }
}
