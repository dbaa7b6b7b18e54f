package kata.runtime.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every run of one test method, taken together. A parameterized test runs once per case and a
 * repeated test once per repetition; {@code results.json} holds one line per run. A target is
 * one {@code @Exercise} method, so it is green only when <em>every</em> run of it passed: one
 * red case is a red target. testkit's verdict line and {@code ./kata} both count this way.
 *
 * @param runs the runs in the order they ran; never empty
 */
public record MethodRuns(String className, String name, List<TestResult> runs) {

    public MethodRuns {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a method with no runs: " + className + "." + name);
        }
        runs = List.copyOf(runs);
    }

    /** The runs grouped by method, in the order each method first appears. */
    public static List<MethodRuns> of(List<TestResult> tests) {
        Map<String, List<TestResult>> byMethod = new LinkedHashMap<>();
        for (TestResult test : tests) {
            byMethod.computeIfAbsent(test.className() + "#" + test.name(), key -> new ArrayList<>()).add(test);
        }
        return byMethod.values().stream()
                .map(runs -> new MethodRuns(runs.get(0).className(), runs.get(0).name(), runs))
                .toList();
    }

    public boolean isExercise() {
        return runs.get(0).isExercise();
    }

    /** Green: every run passed. */
    public boolean passed() {
        return casesPassed() == cases();
    }

    /** Red: at least one run failed. */
    public boolean failed() {
        return firstFailure().isPresent();
    }

    /** How many runs there were: 1 for a plain test, one per case or repetition otherwise. */
    public int cases() {
        return runs.size();
    }

    /** True for a parameterized or repeated test: more than one run. */
    public boolean hasCases() {
        return cases() > 1;
    }

    public int casesPassed() {
        return (int) runs.stream().filter(run -> "passed".equals(run.outcome())).count();
    }

    /** The first run that failed, to name the case and its first failure line. */
    public Optional<TestResult> firstFailure() {
        return runs.stream().filter(TestResult::failed).findFirst();
    }

    /**
     * The method's outcome in {@link TestResult#outcome()} words: "failed" when any run failed,
     * "passed" when all passed, otherwise how the first other run ended ("aborted", "skipped").
     */
    public String outcome() {
        if (failed()) {
            return "failed";
        }
        return runs.stream().map(TestResult::outcome).filter(o -> !"passed".equals(o)).findFirst().orElse("passed");
    }

    /** The first run that did not pass: the one whose message explains the outcome. */
    public Optional<TestResult> firstNotPassed() {
        return firstFailure().or(() -> runs.stream().filter(run -> !"passed".equals(run.outcome())).findFirst());
    }
}
