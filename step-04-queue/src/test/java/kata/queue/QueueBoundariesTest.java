package kata.queue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Given: four programs in one module, and what they may know of each other. The shop and the
 * worker share the message contract ({@code kata.messaging}), the domain and the chassis; they
 * talk only through the broker. Nobody calls the provisioning service's code: it is HTTP only.
 */
class QueueBoundariesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kata.webshop", "kata.worker", "kata.provisioning", "kata.messaging", "kata.recommender");

    @Test
    void theShopAndTheWorkerTalkOnlyThroughTheBroker() {
        noClasses().that().resideInAPackage("kata.webshop..")
                .should().dependOnClassesThat().resideInAnyPackage("kata.worker..", "kata.provisioning..")
                .because("the shop hands orders to the queue; it never calls a worker or the cloud API's code")
                .check(MAIN);
        noClasses().that().resideInAPackage("kata.worker..")
                .should().dependOnClassesThat().resideInAnyPackage("kata.webshop..", "kata.provisioning..")
                .because("the worker reports back by message, never by a call into the shop")
                .check(MAIN);
    }

    @Test
    void theMessageContractKnowsNoProgram() {
        noClasses().that().resideInAPackage("kata.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("kata.webshop..", "kata.worker..", "kata.provisioning..")
                .because("both sides read the contract; it belongs to neither")
                .check(MAIN);
    }
}
