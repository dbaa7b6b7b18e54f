package kata.testkit.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that exists to be run by another test (which launches it and inspects the
 * outcome), never by the build itself — it fails on purpose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OnlyInNestedRun.Condition.class)
@interface OnlyInNestedRun {

    /** The configuration parameter the launching test sets. */
    String PARAMETER = "kata.testkit.nested-run";

    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("launched by the test that inspects it")
                    : ConditionEvaluationResult.disabled("fails on purpose; run only by the test that launches it");
        }
    }
}
