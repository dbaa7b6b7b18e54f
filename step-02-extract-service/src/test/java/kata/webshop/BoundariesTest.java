package kata.webshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kata.shop.recommendations.RecommendationEngine;
import org.junit.jupiter.api.Test;

/**
 * Given: the boundaries that make two services out of one module. The shop and the recommender
 * share the domain ({@code kata.shop}) and the chassis ({@code kata.platform}); everything else
 * they say to each other goes over HTTP.
 */
class BoundariesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kata.webshop", "kata.recommender", "kata.platform");

    @Test
    void theShopAndTheRecommenderShareNoCode() {
        noClasses().that().resideInAPackage("kata.webshop..")
                .should().dependOnClassesThat().resideInAPackage("kata.recommender..")
                .because("the shop reaches the recommendation service over HTTP, never by a method call")
                .check(MAIN);
        noClasses().that().resideInAPackage("kata.recommender..")
                .should().dependOnClassesThat().resideInAPackage("kata.webshop..")
                .because("the recommendation service deploys on its own; it cannot need the shop's classes")
                .check(MAIN);
    }

    @Test
    void theChassisKnowsNoServiceAndNoDomain() {
        noClasses().that().resideInAPackage("kata.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("kata.webshop..", "kata.recommender..", "kata.shop..")
                .because("the chassis is a small internal library every service uses; it serves them all alike")
                .check(MAIN);
    }

    @Test
    void onlyTheRecommendationsPackageTouchesTheEngineInTheShop() {
        noClasses().that().resideInAnyPackage("kata.webshop.storefront..", "kata.webshop.checkout..", "kata.webshop.admin..")
                .should().dependOnClassesThat().areAssignableTo(RecommendationEngine.class)
                .because("the seam drawn in step 01: callers know the port, never the engine")
                .check(MAIN);
    }
}
