package kata.testkit.results;

import java.util.List;
import java.util.stream.Collectors;
import kata.testkit.KataMode;

/**
 * The one line a module prints after its tests, e.g.
 * {@code kata: step-01-monolith (starter, contract) - 5 targets red as expected, 6 given green}.
 * Failures still fail the build through JUnit; this line only says it in the kata's words.
 */
final class Verdict {

    private Verdict() {
    }

    static String of(KataMode mode, List<TestResult> tests) {
        long targets = tests.stream().filter(TestResult::isExercise).count();
        long targetsGreen = tests.stream().filter(t -> t.isExercise() && "passed".equals(t.outcome())).count();
        long red = tests.stream().filter(TestResult::redAsExpected).count();
        long given = tests.size() - targets;
        List<String> broken = tests.stream()
                .filter(t -> t.failed() && !t.redAsExpected())
                .map(t -> simpleName(t) + " (" + t.message() + ")")
                .collect(Collectors.toList());
        String where = "kata: " + mode.moduleLabel() + " (" + mode.role() + (mode.contract() ? ", contract" : "") + ") - ";
        if (mode.contract()) {
            return where + red + "/" + targets + " targets red as expected, " + given + " given"
                    + (broken.isEmpty() ? " green" : "; NOT AS EXPECTED: " + String.join("; ", broken));
        }
        String targetsPart = targets == 0 ? "" : targetsGreen + "/" + targets + " targets green, ";
        return where + targetsPart + (tests.size() - broken.size())
                + "/" + tests.size() + " tests passed"
                + (broken.isEmpty() ? "" : "; failing: " + String.join("; ", broken));
    }

    private static String simpleName(TestResult t) {
        String cls = t.className().substring(t.className().lastIndexOf('.') + 1);
        return cls + "." + t.name();
    }
}
