package kata.cli.maven;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure a step is about, picked out of the test output: every step ends with a number the
 * learner can see change, and {@code ./kata check} shows it under the board. The step tests
 * already print it (Surefire copies their output into the Maven log); nothing new is written.
 *
 * <p>Two kinds of line are recognised:
 * <ul>
 *   <li>a comparison a step prints itself, with an arrow - step 02's
 *       {@code checkout success during the leak (...): monolith 0.0 % -> services 100.0 %};
 *   <li>testkit's {@code NightReport.line}, e.g. step 01's
 *       {@code 3 AM, the monolith: checkout ok before 100.0 % (...) | during the leak ... |
 *       after the crash 0.0 % (...); died of OutOfMemoryError (exit 3): ...}, shown as before ->
 *       after the crash, with how the process ended in a few words.
 * </ul>
 * A comparison wins over a night line (it is the step's own headline); otherwise the last line
 * seen wins.
 */
public record HeadlineFigure(String text, boolean comparison) {

    private static final Pattern COMPARISON = Pattern.compile("^(checkout [^:]*?)(?: \\([^)]*\\))?: (.+ -> .+)$");
    private static final Pattern NIGHT = Pattern.compile(
            "^(.+?): checkout ok before (\\S+ %).*\\| after the crash (\\S+ %)[^;]*;\\s*([^(:]+?)\\s*(?:[(:].*)?$");

    /** The figure in one output line, if the line is one. */
    public static Optional<HeadlineFigure> in(String line) {
        String text = line.strip();
        Matcher comparison = COMPARISON.matcher(text);
        if (comparison.matches()) {
            return Optional.of(new HeadlineFigure(comparison.group(1) + ": " + comparison.group(2), true));
        }
        Matcher night = NIGHT.matcher(text);
        if (night.matches()) {
            return Optional.of(new HeadlineFigure(night.group(1) + ": checkout success " + night.group(2)
                    + " before the leak -> " + night.group(3) + " after the crash (" + night.group(4) + ")", false));
        }
        return Optional.empty();
    }

    /** Which of two figures to show: a comparison beats a night line, a later line an earlier one. */
    public HeadlineFigure orBetter(HeadlineFigure later) {
        return comparison && !later.comparison ? this : later;
    }
}
