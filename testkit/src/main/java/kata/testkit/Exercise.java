package kata.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a <em>target</em>: a test that is red on the starter and turns green when the learner
 * has built what the step teaches. Tests without it are "given" and are green from the start.
 *
 * <pre>{@code
 * @Test
 * @Exercise(hint = "Storefront code may only see the Recommendations port ...",
 *           readme = "#target-1-draw-the-seam")
 * void storefrontDependsOnThePortOnly() { ... }
 * }</pre>
 *
 * <p>When a target fails, the hint and the README section are printed under the assertion
 * message. In a whole-reactor build the same annotation checks the red/green contract instead
 * (see {@link KataMode}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Exercise.TAG)
@ExtendWith(ExerciseExtension.class)
public @interface Exercise {

    /** The JUnit tag every target carries, so a build can select or exclude them. */
    String TAG = "exercise";

    /** The first nudge: what to look at, not the answer. */
    String hint();

    /** A deeper hint for the learner who asked twice (shown by {@code ./kata hint}). */
    String more() default "";

    /** Anchor of the step README section that explains this target, e.g. "#target-2-degrade". */
    String readme() default "";
}
