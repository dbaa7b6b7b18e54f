package kata.testkit.process;

import kata.runtime.process.ChildProcesses;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Ends the child processes a test started when that test ends — passed, failed or aborted —
 * so a red test never leaves a service running that breaks the next one (a port still bound,
 * memory still taken).
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}:
 * every module with testkit on its test classpath gets it, in Maven and in the IDE alike.
 * It only reports where the test run is; {@link ChildProcesses} decides what to end.
 */
public final class ChildProcessReaper implements TestExecutionListener {

    @Override
    public void executionStarted(TestIdentifier scope) {
        ChildProcesses.enterScope(scope.getUniqueId());
    }

    @Override
    public void executionFinished(TestIdentifier scope, TestExecutionResult result) {
        ChildProcesses.exitScope(scope.getUniqueId());
    }
}
