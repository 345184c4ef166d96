package ca.concerto.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from the compiled classes of every module (web's test class path holds
 * domain and tenancy too): layers point one way inside each module, and the boundaries between modules
 * hold. A rule that finds no class to check fails (ArchUnit's default), so none of these can pass empty.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("ca.concerto");
    }

    @Test
    void everyModuleIsRead() {
        assertThat(classes.contain("ca.concerto.domain.application.plans.PlanCatalog")).isTrue();
        assertThat(classes.contain("ca.concerto.tenancy.infrastructure.registry.JdbcTenantRegistry")).isTrue();
        assertThat(classes.contain("ca.concerto.web.interfaces.plan.PlanView")).isTrue();
        assertThat(classes.size()).isGreaterThan(200);
    }

    @Test
    void onlyTenancySetsASchema() {
        noClasses().that().resideOutsideOfPackage("ca.concerto.tenancy..")
                .should().callMethod(Connection.class, "setSchema", String.class)
                .check(classes);
    }

    @Test
    void layersPointOneWayInTheDomainModule() {
        layers("ca.concerto.domain", "model").check(classes);
    }

    @Test
    void layersPointOneWayInTenancy() {
        layers("ca.concerto.tenancy", "domain").check(classes);
    }

    @Test
    void layersPointOneWayInWeb() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Application").definedBy("ca.concerto.web.application..")
                .layer("Infrastructure").definedBy("ca.concerto.web.infrastructure..")
                .layer("Interfaces").definedBy("ca.concerto.web.interfaces..")
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
                .whereLayer("Infrastructure").mayOnlyBeAccessedByLayers("Interfaces", "Application")
                .check(classes);
    }

    @Test
    void theDomainKnowsNeitherTheScreensNorHowTenancyIsBuilt() {
        noClasses().that().resideInAPackage("ca.concerto.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.concerto.web..", "ca.concerto.tenancy.infrastructure..")
                .check(classes);
    }

    @Test
    void noScreenReachesIntoAnotherModulesInfrastructure() {
        noClasses().that().resideInAPackage("ca.concerto.web.interfaces..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("ca.concerto.domain.infrastructure..", "ca.concerto.tenancy.infrastructure..")
                .check(classes);
    }

    @Test
    void applicationServicesWorkThroughRepositoriesNotTheEntityManager() {
        noClasses().that().resideInAnyPackage("ca.concerto.domain.application..", "ca.concerto.domain.model..",
                "ca.concerto.web.interfaces..")
                .should().dependOnClassesThat().belongToAnyOf(EntityManager.class)
                .check(classes);
    }

    @Test
    void aBrokenRuleIsCaught() {
        // The rules above are able to fail: the screens do depend on the domain's application layer.
        ArchRule screensWithoutServices = noClasses().that().resideInAPackage("ca.concerto.web.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("ca.concerto.domain.application..");
        assertThatThrownBy(() -> screensWithoutServices.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlanView");
    }

    /**
     * Cargo Tracker's layers inside one module: the domain at the bottom, application services over it,
     * infrastructure implementing the domain's and the application's interfaces, interfaces on top.
     */
    private static ArchRule layers(String module, String domainPackage) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(module + "." + domainPackage + "..")
                .layer("Application").definedBy(module + ".application..")
                .layer("Infrastructure").definedBy(module + ".infrastructure..")
                .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Infrastructure")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Infrastructure");
    }
}
