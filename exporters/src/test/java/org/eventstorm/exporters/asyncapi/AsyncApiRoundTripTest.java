package org.eventstorm.exporters.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.imports.BoardImport;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Board to AsyncAPI to a new board and back to AsyncAPI gives the same documents. */
class AsyncApiRoundTripTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("org.eventstorm.exporters.asyncapi.AsyncApiExporterTest#boards")
    void exportImportExportGivesTheSameDocuments(String name) throws IOException {
        Board original = AsyncApiExporterTest.board(name);
        Path first = temp.resolve("first");
        new AsyncApiExporter().export(ExportInput.of(original), TargetFolder.at(first));
        Board imported = importInto(Board.empty(BoardSettings.titled(original.settings().title())), first.resolve("asyncapi"));
        Path second = temp.resolve("second");
        new AsyncApiExporter().export(ExportInput.of(imported), TargetFolder.at(second));
        Map<String, String> before = BoardFolders.contents(first);
        Map<String, String> after = BoardFolders.contents(second);
        assertEquals(before.keySet(), after.keySet());
        for (String file : before.keySet()) {
            assertEquals(before.get(file), after.get(file), file);
        }
    }

    static Board importInto(Board board, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        AsyncApiReader.Reading reading = AsyncApiReader.read(files, files.stream().map(file -> file.getFileName().toString()).toList());
        assertTrue(reading.problems().isEmpty(), reading.problems().toString());
        BoardImport.Result result = BoardImport.of(board, reading.board(), "Import");
        result.edit().ifPresent(board::apply);
        return board;
    }
}
