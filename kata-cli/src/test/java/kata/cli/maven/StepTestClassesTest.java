package kata.cli.maven;

import static org.assertj.core.api.Assertions.assertThat;

import kata.cli.TestRepo;
import kata.cli.workshop.StepCatalog;
import org.junit.jupiter.api.Test;

/** The Surefire filter: the step's test classes, by the names Surefire runs by default. */
class StepTestClassesTest {

    @Test
    void theNamesSurefireRunsByDefaultAndNoOthers() {
        TestRepo repo = TestRepo.freshClone("filter")
                .write("step-01-monolith/src/test/java/kata/webshop/ShopUnderTest.java", "class ShopUnderTest {}")
                .write("step-01-monolith/src/test/java/kata/webshop/MisbehavingEngines.java", "class MisbehavingEngines {}")
                .write("step-01-monolith/src/test/java/kata/webshop/load/TestsOfLoad.java", "class TestsOfLoad {}")
                .write("step-01-monolith/src/test/java/kata/webshop/RoutesTests.java", "class RoutesTests {}")
                .write("step-01-monolith/src/test/resources/kata/webshop/NotATest.java", "class NotATest {}");

        assertThat(StepTestClasses.of(StepCatalog.of(repo.root()).find("1").orElseThrow())).containsExactly(
                "kata.webshop.DegradationTest", "kata.webshop.RoutesTests", "kata.webshop.SeamsTest",
                "kata.webshop.ShopUnderTest", "kata.webshop.load.TestsOfLoad");
    }
}
