package kata.testkit.results;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kata.runtime.results.MethodRuns;
import kata.runtime.results.TestResult;
import kata.testkit.KataMode;

/**
 * The one line a module prints after its tests, e.g.
 * {@code kata: step-01-monolith (starter, contract) - 5/5 targets red as expected, 21 given green}.
 * Failures still fail the build through JUnit; this line only says it in the kata's words.
 *
 * <p>A target is one {@code @Exercise} method, counted with {@link MethodRuns} as {@code ./kata}
 * counts it: a parameterized target with 5 cases is one target, green only when all 5 passed.
 */
final class Verdict {

    private Verdict() {
    }

    static String of(KataMode mode, List<TestResult> tests) {
        List<MethodRuns> targets = MethodRuns.of(tests).stream().filter(MethodRuns::isExercise).toList();
        long targetsGreen = targets.stream().filter(MethodRuns::passed).count();
        long red = targets.stream().filter(Verdict::redAsExpected).count();
        long given = tests.stream().filter(t -> !t.isExercise()).count(); // runs, as "tests passed" counts
        List<String> broken = MethodRuns.of(tests).stream()
                .map(Verdict::broken)
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
        String where = "kata: " + mode.moduleLabel() + " (" + mode.role() + (mode.contract() ? ", contract" : "") + ") - ";
        if (mode.contract()) {
            return where + red + "/" + targets.size() + " targets red as expected, " + given + " given"
                    + (broken.isEmpty() ? " green" : "; NOT AS EXPECTED: " + String.join("; ", broken));
        }
        String targetsPart = targets.isEmpty() ? "" : targetsGreen + "/" + targets.size() + " targets green"
                + cases(targets) + ", ";
        long testsBroken = tests.stream().filter(Verdict::isBroken).count();
        return where + targetsPart + (tests.size() - testsBroken)
                + "/" + tests.size() + " tests passed"
                + (broken.isEmpty() ? "" : "; failing: " + String.join("; ", broken));
    }

    /** " (17/22 cases)" when some target runs more than once; nothing when each runs once. */
    private static String cases(List<MethodRuns> targets) {
        int cases = targets.stream().mapToInt(MethodRuns::cases).sum();
        int passed = targets.stream().mapToInt(MethodRuns::casesPassed).sum();
        return cases == targets.size() ? "" : " (" + passed + "/" + cases + " cases)";
    }

    /** In the contract: every run of the target failed, as a starter's target should. */
    private static boolean redAsExpected(MethodRuns target) {
        return target.runs().stream().allMatch(TestResult::redAsExpected);
    }

    /** A failure the build did not expect: any failure, except a starter's red target in the contract. */
    private static boolean isBroken(TestResult run) {
        return run.failed() && !run.redAsExpected();
    }

    /** "Class.method (message)", or "Class.method (2/5 cases: message)": one entry per method, not per case. */
    private static Optional<String> broken(MethodRuns method) {
        List<TestResult> broken = method.runs().stream().filter(Verdict::isBroken).toList();
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        String cases = method.hasCases() ? broken.size() + "/" + method.cases() + " cases: " : "";
        return Optional.of(simpleName(method) + " (" + cases + broken.get(0).message() + ")");
    }

    private static String simpleName(MethodRuns method) {
        String cls = method.className().substring(method.className().lastIndexOf('.') + 1);
        return cls + "." + method.name();
    }
}
