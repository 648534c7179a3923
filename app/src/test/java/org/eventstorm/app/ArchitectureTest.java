package org.eventstorm.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of architecture.md: arrows point one way, app -> exporters -> render -> model and app -> workshop -> model;
 * the exporters are a leaf that only the app's export feature, its wiring and the command line use; no package depends
 * on itself through others.
 */
class ArchitectureTest {
    /** The model's test helpers come as a jar (not a test-classes folder), which the predefined option does not leave out. */
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).withImportOption(
                location -> !location.matches(TEST_JAR)).importPackages("org.eventstorm");
    }

    @Test
    void modelKnowsNothingOfExportersOrTheApp() {
        noClasses().that().resideInAPackage("org.eventstorm.model..").should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.exporters..",
                "org.eventstorm.app..", "org.eventstorm.workshop..").because(
                        "the model is a library: exporters, the workshop and the app build on it, never the other way round").check(classes);
    }

    @Test
    void modelIsPlainJava() {
        noClasses().that().resideInAPackage("org.eventstorm.model..").should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.google.inject..",
                "picocli..").because("the model must run anywhere (CLI, CI, tests) without a display or a DI container").check(classes);
    }

    @Test
    void exportersKnowNothingOfTheApp() {
        noClasses().that().resideInAPackage("org.eventstorm.exporters..").should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.app..", "javafx..",
                "com.google.inject..", "picocli..").because(
                        "an exporter turns a board into files; it must work the same from the CLI, the app and CI").allowEmptyShould(true).check(classes);
    }

    @Test
    void theWorkshopKnowsNothingOfTheAppOrTheExporters() {
        noClasses().that().resideInAPackage("org.eventstorm.workshop..").should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.app..",
                "org.eventstorm.exporters..", "javafx..",
                "com.google.inject..", "picocli..").because(
                        "the workshop runs the same in the app and headless (eventstorm serve): it knows the board, not the window").check(classes);
    }

    @Test
    void onlyTheWorkshopAndTheAppKnowTheServer() {
        noClasses().that().resideInAnyPackage("org.eventstorm.model..", "org.eventstorm.exporters..").should().dependOnClassesThat().resideInAnyPackage(
                "io.javalin..", "org.eclipse.jetty..").because("nothing listens on the network unless a facilitator shares a workshop").check(classes);
    }

    @Test
    void jacksonStaysInTheFilePackage() {
        noClasses().that().resideInAPackage("org.eventstorm.model..").and().resideOutsideOfPackage(
                "org.eventstorm.model.file..").should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.yaml..").because(
                        "YAML is a file format: the domain types must not carry Jackson, so the format can change without them").check(classes);
    }

    @Test
    void theDomainDoesNotReadOrWriteFiles() {
        noClasses().that().resideInAnyPackage("org.eventstorm.model.sticky..", "org.eventstorm.model.board..",
                "org.eventstorm.model.link..", "org.eventstorm.model.edit..").should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.model.file..",
                        "java.nio.file..", "java.io..").because("stickies, boards and edits are values and behaviour; files are the file package's job").check(
                                classes);
    }

    @Test
    void renderDrawsWithoutKnowingWhoShowsThePicture() {
        noClasses().that().resideInAPackage("org.eventstorm.render..").should().dependOnClassesThat().resideInAnyPackage("org.eventstorm.exporters..",
                "org.eventstorm.app..", "org.eventstorm.workshop..",
                "javafx..", "com.google.inject..").because(
                        "the canvas (JavaFX) and the picture export (Java2D, SVG) draw with the same painters: they must need neither").check(classes);
    }

    @Test
    void onlyTheExportAndImportFeaturesTheirWiringAndTheCommandLineUseTheExporters() {
        noClasses().that().resideInAPackage("org.eventstorm..").and().resideOutsideOfPackages("org.eventstorm.exporters..", "org.eventstorm.app.export..",
                "org.eventstorm.app.importing..", "org.eventstorm.app.wiring..", "org.eventstorm.app.cli..").and().doNotHaveFullyQualifiedName(
                        "org.eventstorm.app.clipboard.PictureClipboard").should().dependOnClassesThat().resideInAPackage("org.eventstorm.exporters..").because(
                                "the exporters turn a board into files and back, and nothing more: what the canvas, the panels and the workshop share"
                                        + " with them (painters, the timeline's order, saga plans) lives below them, in render and model; the one picture"
                                        + " the clipboard takes is the exported picture").check(classes);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().because(
                "a cycle makes two packages one: neither can be understood, tested or moved without the other").check(classes);
    }

    /**
     * A package of a module with its sub-packages (model.validate with its rules, app.cli with its reports), or a
     * module's own top package (app's entry points): the units that must not depend on each other in a circle. A
     * package's sub-packages are its parts; the validator's standard rule set lists the rules its sub-packages hold.
     */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("eventstorm")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(String.join(".", Arrays.copyOfRange(parts, 2, Math.min(parts.length, 4))));
        }

        @Override
        public String getDescription() {
            return "the packages of each module, each with its sub-packages";
        }
    };
}
