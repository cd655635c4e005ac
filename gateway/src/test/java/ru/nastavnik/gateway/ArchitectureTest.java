package ru.nastavnik.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private final JavaClasses gateway = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.nastavnik.gateway");

    @Test
    void gatewayKnowsServicesOnlyByTheirHttpAddress() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "ru.nastavnik.participant..", "ru.nastavnik.pairing..", "ru.nastavnik.monitoring..",
                        "ru.nastavnik.publication..")
                .because("the gateway routes to services over HTTP and must not share their code")
                .check(this.gateway);
    }
}
