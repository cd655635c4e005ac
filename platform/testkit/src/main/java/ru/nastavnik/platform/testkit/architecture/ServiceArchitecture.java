package ru.nastavnik.platform.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture rules every service obeys, in one place so they cannot drift apart:
 * no service depends on another service's code (only on the platform and the published language), and
 * inside a service {@code api → application → domain}, with {@code infrastructure} implementing domain
 * ports and {@code domain} free of Spring and of every outer layer.
 */
public final class ServiceArchitecture {

    /** Root packages of the deployable units; each may depend on none of the others. */
    public static final List<String> SERVICES = List.of(
            "ru.nastavnik.participant", "ru.nastavnik.pairing", "ru.nastavnik.monitoring",
            "ru.nastavnik.publication", "ru.nastavnik.gateway", "ru.nastavnik.launcher");

    private ServiceArchitecture() {
    }

    public static void verify(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("No production classes found under " + servicePackage);
        }

        for (String other : SERVICES) {
            if (!other.equals(servicePackage)) {
                noClasses().that().resideInAPackage(servicePackage + "..")
                        .should().dependOnClassesThat().resideInAPackage(other + "..")
                        .because("services share only the platform and the published language of events")
                        .check(classes);
            }
        }

        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy(servicePackage + ".api..")
                .layer("application").definedBy(servicePackage + ".application..")
                .layer("domain").definedBy(servicePackage + ".domain..")
                .layer("infrastructure").definedBy(servicePackage + ".infrastructure..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("api", "infrastructure")
                .whereLayer("infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "application", "infrastructure")
                .check(classes);

        noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .because("the domain is plain Java: frameworks live in the outer layers")
                .allowEmptyShould(true)
                .check(classes);
    }
}
