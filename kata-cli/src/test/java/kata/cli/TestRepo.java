package kata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A small fake workshop repository under {@code target/test-repos/}, so tests read real files
 * without writing anywhere outside {@code target/}: a root pom, steps with test sources,
 * solutions, results files.
 */
public final class TestRepo {

    private final Path root;

    private TestRepo(Path root) {
        this.root = root;
    }

    public static TestRepo create(String name) {
        Path root = Path.of("target", "test-repos", name + "-" + UUID.randomUUID()).toAbsolutePath();
        TestRepo repo = new TestRepo(root);
        repo.write("pom.xml", "<project><properties><javalin.version>7.2.3</javalin.version>"
                + "<junit.version>5.14.1</junit.version></properties></project>");
        return repo;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    /** A step folder with a pom and the given test class (a Java source with @Exercise targets). */
    public TestRepo step(String id, String testClassName, String testSource) {
        write(id + "/pom.xml", "<project/>");
        write(id + "/src/main/java/kata/webshop/App.java", "package kata.webshop; class App {}");
        write(id + "/src/test/java/kata/webshop/" + testClassName + ".java", testSource);
        return this;
    }

    public TestRepo solution(String id) {
        write("solutions/" + id + "/pom.xml", "<project/>");
        write("solutions/" + id + "/src/main/java/kata/webshop/App.java", "package kata.webshop; class App { }");
        return this;
    }

    /** Copies a sample results file from the test resources into a step's target/kata/results.json. */
    public TestRepo results(String stepId, String resource) {
        try (InputStream sample = TestRepo.class.getResourceAsStream("/results/" + resource)) {
            if (sample == null) {
                throw new IllegalArgumentException("no test resource /results/" + resource);
            }
            Path file = root.resolve(stepId).resolve("target/kata/results.json");
            Files.createDirectories(file.getParent());
            Files.write(file, sample.readAllBytes());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepo write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepo delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The targets of the sample step 01: the way the real step writes them. */
    public static final String STEP_01_TESTS = """
            package kata.webshop;

            import kata.testkit.Exercise;
            import org.junit.jupiter.api.Test;

            /** Mentions @Exercise(hint = "not a target") in a comment: must be ignored. */
            class SeamsTest {

                // @Exercise(hint = "commented out, not a target")
                @Test
                @Exercise(hint = "StorefrontRoutes and CheckoutRoutes import RecommendationEngine. Only the"
                        + " recommendations package may know the engine.",
                        more = "Change both constructors to take a Recommendations.",
                        readme = "#target-1-only-recommendations-touches-the-engine")
                void onlyTheRecommendationsPackageTouchesTheEngine() {
                    String text = "@Exercise(hint = \\"inside a string\\") void fake()";
                }

                @Test
                void aGivenTest() {
                }

                @Exercise(readme = "#target-2-storefront-and-checkout-use-the-port",
                          hint = "Depend on the port (Recommendations), not the engine.")
                @Test
                @org.junit.jupiter.api.Timeout(value = 5)
                public void storefrontAndCheckoutDependOnThePort() {
                }
            }
            """;

    public static final String STEP_01_MORE_TESTS = """
            package kata.webshop;

            class DegradationTest {
                @Test
                @Exercise(hint = "An exception from the engine becomes a 500.", readme = "#target-3-the-storefront-degrades")
                void storefrontStillSellsWhenTheEngineFails() {
                }
            }
            """;

    public static final String STEP_02_TESTS = """
            package kata.recommender;

            class ExtractionTest {
                @Test
                @Exercise(hint = "Start the engine in its own JVM.", readme = "#target-1-its-own-process")
                void theEngineRunsInItsOwnProcess() {
                }

                @Test
                @Exercise(hint = "Time out the HTTP call.", readme = "#target-2-time-out")
                void theShopTimesOutTheCall() {
                }
            }
            """;

    /** Step 01 (3 targets, a solution) and step 02 (2 targets), no results yet: a fresh clone. */
    public static TestRepo freshClone(String name) {
        return create(name)
                .step("step-01-monolith", "SeamsTest", STEP_01_TESTS)
                .write("step-01-monolith/src/test/java/kata/webshop/DegradationTest.java", STEP_01_MORE_TESTS)
                .solution("step-01-monolith")
                .step("step-02-extract-service", "ExtractionTest", STEP_02_TESTS);
    }
}
