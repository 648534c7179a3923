package org.eventstorm.exporters.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The generated code of the order saga and of a saga whose names are hostile to code (keywords, quotes, comment ends,
 * digits first, other scripts, parallel steps), in all three languages: it compiles and its own tests pass.
 */
class SagaCodeExporterTest {
    @TempDir
    static Path temp;
    static Path exported;

    @BeforeAll
    static void exportBothBoards() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Files.copy(Path.of("src/test/resources/sagas/hostile-saga.yml"), board.resolve("sagas/hostile-saga.yml"));
        Files.copy(Path.of("src/test/resources/sagas/clashing-saga.yml"), board.resolve("sagas/clashing-saga.yml"));
        var loaded = BoardReader.read(board);
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        exported = temp.resolve("out");
        new SagaCodeExporter().export(ExportInput.of(loaded), TargetFolder.at(exported));
    }

    @Test
    void javaCompilesWithoutWarningsAndItsScenariosPass() throws Exception {
        Path java = exported.resolve("saga-code/java");
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(java)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(java.relativize(file).toString(), Files.readString(file));
            }
        }
        Path classes = GeneratedJava.compile(files, temp.resolve("java-build"));
        for (String test : List.of("sagas.orderfulfillmentsaga.OrderFulfillmentSagaTest", "sagas.classsagaquoted2fa.ClassSagaQuoted2faTest",
                "sagas.payment.PaymentTest")) {
            TestExecutionSummary summary = GeneratedJava.runTests(classes, test);
            assertEquals(0, summary.getTotalFailureCount(), test + ":\n" + GeneratedJava.failures(summary));
            assertTrue(summary.getTestsSucceededCount() >= 8, test + " ran " + summary.getTestsSucceededCount());
        }
    }

    @Test
    void theJavaProjectRunsItsScenariosWithMvnTest() throws Exception {
        Toolchains.requireMaven();
        Path java = BoardFolders.copy(exported.resolve("saga-code/java"), temp.resolve("java-maven"));
        Toolchains.Result test = Toolchains.run(java, 600, "mvn", "-o", "-B", "test");
        assertEquals(0, test.exit(), "mvn test:\n" + test.output());
        for (String saga : List.of("sagas.orderfulfillmentsaga.OrderFulfillmentSagaTest", "sagas.classsagaquoted2fa.ClassSagaQuoted2faTest",
                "sagas.payment.PaymentTest")) {
            assertTrue(Files.exists(java.resolve("target/surefire-reports/TEST-" + saga + ".xml")), saga + " ran:\n" + test.output());
        }
        assertTrue(test.output().contains("Tests run: ") && test.output().contains("Failures: 0, Errors: 0"), test.output());
    }

    @Test
    void typescriptPassesTscStrictAndItsScenariosPassUnderNode() throws Exception {
        Path modules = Toolchains.typescript();
        Path ts = exported.resolve("saga-code/ts");
        Files.createSymbolicLink(ts.resolve("node_modules"), modules.resolve("node_modules"));
        Toolchains.Result check = Toolchains.run(ts, 180, modules.resolve("node_modules/.bin/tsc").toString(), "--strict", "--noEmit", "-p", ".");
        assertEquals(0, check.exit(), "tsc --strict --noEmit:\n" + check.output());
        Toolchains.Result build = Toolchains.run(ts, 180, modules.resolve("node_modules/.bin/tsc").toString(), "-p", ".");
        assertEquals(0, build.exit(), build.output());
        Toolchains.Result tests = Toolchains.run(ts, 180, "node", "--test", "dist/");
        assertEquals(0, tests.exit(), tests.output());
        assertTrue(tests.output().contains("# fail 0") && tests.output().matches("(?s).*# pass (1[0-9]|[2-9][0-9]).*"), tests.output());
    }

    @Test
    void goIsGofmtCleanPassesVetAndItsTestsPass() throws Exception {
        Toolchains.requireGo();
        Path go = exported.resolve("saga-code/go");
        Toolchains.Result format = Toolchains.run(go, 120, "gofmt", "-l", ".");
        assertEquals("", format.output(), "gofmt -l lists the files it would change");
        Path cache = temp.resolve("go-cache");
        Toolchains.Result vet = Toolchains.run(go, 300, "env", "GOFLAGS=-mod=mod", "GOCACHE=" + cache, "GOPATH=" + temp.resolve("go-path"), "go", "vet",
                "./...");
        assertEquals(0, vet.exit(), "go vet:\n" + vet.output());
        Toolchains.Result tests = Toolchains.run(go, 300, "env", "GOCACHE=" + cache, "GOPATH=" + temp.resolve("go-path"), "go", "test", "-count=1", "./...");
        assertEquals(0, tests.exit(), "go test:\n" + tests.output());
        assertTrue(tests.output().contains("ok  \teventstorm.local/sagas/orderfulfillmentsaga"), tests.output());
        assertTrue(tests.output().contains("ok  \teventstorm.local/sagas/classsagaquoted2fa"), tests.output());
        assertTrue(tests.output().contains("ok  \teventstorm.local/sagas/payment"), tests.output());
    }
}
