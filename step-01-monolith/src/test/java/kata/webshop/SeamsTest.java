package kata.webshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import kata.shop.recommendations.RecommendationEngine;
import kata.testkit.Exercise;
import org.junit.jupiter.api.Test;

/**
 * The seams inside the monolith, drawn as rules the compiler cannot check but ArchUnit can.
 * A seam is where you could cut the system in two without the callers noticing.
 */
class SeamsTest {

    private static final JavaClasses SHOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kata.webshop");

    @Test
    @Exercise(hint = "StorefrontRoutes and CheckoutRoutes import RecommendationEngine. Only the"
            + " recommendations package (and the composition root, WebShopApp) may know the engine.",
            more = "Change both constructors to take a Recommendations, and let WebShopApp build an"
                    + " InProcessRecommendations over parts.engine() for them.",
            readme = "#target-1-only-recommendations-touches-the-engine")
    void onlyTheRecommendationsPackageTouchesTheEngine() {
        noClasses().that().resideInAnyPackage("..storefront..", "..checkout..", "..admin..", "..http..")
                .should().dependOnClassesThat().areAssignableTo(RecommendationEngine.class)
                .because("the engine is what will move out of this process in step 02; callers that"
                        + " know it cannot survive the move")
                .check(SHOP);
    }

    @Test
    @Exercise(hint = "Storefront and checkout still need recommendations: they should depend on the"
            + " port kata.webshop.recommendations.Recommendations, not drop the feature.",
            readme = "#target-2-storefront-and-checkout-use-the-port")
    void storefrontAndCheckoutDependOnThePort() {
        classes().that().haveSimpleName("StorefrontRoutes").or().haveSimpleName("CheckoutRoutes")
                .should().dependOnClassesThat()
                .haveFullyQualifiedName("kata.webshop.recommendations.Recommendations")
                .because("a port is the seam: the adapter behind it can change (step 02) without"
                        + " touching the callers")
                .check(SHOP);
    }
}
