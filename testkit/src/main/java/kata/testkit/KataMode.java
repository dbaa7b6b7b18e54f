package kata.testkit;

import java.nio.file.Path;

/**
 * How the kata machinery behaves in this test JVM. Maven passes the facts as system
 * properties (see the surefire configuration in the root pom); an IDE passes none, which
 * means "learner mode".
 *
 * <ul>
 *   <li><b>learner mode</b>: a failing target fails, with its hint. This is what a learner
 *       sees in the IDE or with {@code ./mvnw test -pl step-01-monolith -am}.
 *   <li><b>contract mode</b>: only for starters in a whole-reactor build ({@code ./mvnw verify}
 *       at the root). A red target is the expected state and counts as "as expected"; a target
 *       that passes on the starter fails the build, naming the step and the test.
 * </ul>
 */
public record KataMode(String role, String step, boolean contract) {

    /** The artifactId of the root pom: a build whose top-level project it is built everything. */
    static final String ROOT_ARTIFACT = "decompose-parent";

    public static KataMode current() {
        String role = System.getProperty("kata.role", "learner");
        // An IDE passes no properties, but runs tests in the module's folder: its name is the step.
        String step = System.getProperty("kata.step",
                Path.of(System.getProperty("user.dir")).getFileName().toString());
        return new KataMode(role, step, contractApplies(role));
    }

    private static boolean contractApplies(String role) {
        if (!"starter".equals(role)) {
            return false; // solutions and libraries always fail normally
        }
        String setting = System.getProperty("kata.contract", "auto");
        if (!"auto".equals(setting)) {
            return Boolean.parseBoolean(setting);
        }
        return wholeWorkshopBuild(); // auto
    }

    /** True in {@code ./mvnw verify} from the root: the whole reactor, with no {@code -pl} selection. */
    public static boolean wholeWorkshopBuild() {
        boolean nothingSelected = "true".equals(System.getProperty("kata.wholeReactor"));
        boolean builtFromRoot = ROOT_ARTIFACT.equals(System.getProperty("kata.buildRoot"));
        return nothingSelected && builtFromRoot;
    }

    public boolean isStarter() {
        return "starter".equals(role);
    }

    public boolean isSolution() {
        return "solution".equals(role);
    }

    /** "step-01-monolith" or "solution step-01-monolith": how failures name the module. */
    public String moduleLabel() {
        return isSolution() ? "solution " + step : step;
    }
}
