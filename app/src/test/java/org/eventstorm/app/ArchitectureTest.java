package org.eventstorm.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of architecture.md: arrows point one way, app -> exporters -> model and app -> workshop -> model. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.eventstorm");
    }

    @Test
    void modelKnowsNothingOfExportersOrTheApp() {
        noClasses().that().resideInAPackage("org.eventstorm.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.exporters..", "org.eventstorm.app..", "org.eventstorm.workshop..")
                .because("the model is a library: exporters, the workshop and the app build on it, never the other way round")
                .check(classes);
    }

    @Test
    void modelIsPlainJava() {
        noClasses().that().resideInAPackage("org.eventstorm.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.google.inject..", "picocli..")
                .because("the model must run anywhere (CLI, CI, tests) without a display or a DI container")
                .check(classes);
    }

    @Test
    void exportersKnowNothingOfTheApp() {
        noClasses().that().resideInAPackage("org.eventstorm.exporters..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.app..", "javafx..", "com.google.inject..", "picocli..")
                .because("an exporter turns a board into files; it must work the same from the CLI, the app and CI")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theWorkshopKnowsNothingOfTheAppOrTheExporters() {
        noClasses().that().resideInAPackage("org.eventstorm.workshop..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.app..", "org.eventstorm.exporters..", "javafx..",
                        "com.google.inject..", "picocli..")
                .because("the workshop runs the same in the app and headless (eventstorm serve): it knows the board, not the window")
                .check(classes);
    }

    @Test
    void onlyTheWorkshopAndTheAppKnowTheServer() {
        noClasses().that().resideInAnyPackage("org.eventstorm.model..", "org.eventstorm.exporters..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .because("nothing listens on the network unless a facilitator shares a workshop")
                .check(classes);
    }

    @Test
    void jacksonStaysInTheFilePackage() {
        noClasses().that().resideInAPackage("org.eventstorm.model..").and().resideOutsideOfPackage("org.eventstorm.model.file..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.yaml..")
                .because("YAML is a file format: the domain types must not carry Jackson, so the format can change without them")
                .check(classes);
    }

    @Test
    void theDomainDoesNotReadOrWriteFiles() {
        noClasses().that().resideInAnyPackage("org.eventstorm.model.sticky..", "org.eventstorm.model.board..",
                        "org.eventstorm.model.link..", "org.eventstorm.model.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.model.file..", "java.nio.file..", "java.io..")
                .because("stickies, boards and edits are values and behaviour; files are the file package's job")
                .check(classes);
    }
}
