package kata.cli.workshop;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target: one {@code @Exercise} test a learner has to turn green.
 *
 * @param className the test class, fully qualified ({@code kata.webshop.SeamsTest})
 * @param method    the test method name
 * @param hint      the first nudge
 * @param more      the deeper hint for a learner who asks twice; may be empty
 * @param readme    the README anchor that explains it ({@code #target-2-...}); may be empty
 */
public record Target(String className, String method, String hint, String more, String readme) {

    private static final Pattern NUMBERED_ANCHOR = Pattern.compile("#target-(\\d+)\\b");

    /** {@code SeamsTest.storefrontAndCheckoutDependOnThePort}: how the board names it. */
    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.') + "." + method;
    }

    /** The number the step README gives it ({@code #target-3-...} is 3), if it has one. */
    public OptionalInt readmeNumber() {
        Matcher m = NUMBERED_ANCHOR.matcher(readme);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** True when the learner's word names this target: the method, or Class.method. */
    public boolean isNamed(String word) {
        return method.equalsIgnoreCase(word) || simpleName().equalsIgnoreCase(word)
                || (className + "." + method).equalsIgnoreCase(word) || (className + "#" + method).equalsIgnoreCase(word);
    }
}
