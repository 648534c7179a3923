package org.eventstorm.exporters.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Golden;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.SagaSchema;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SagaExportersTest {
    private static final Path SEED = Path.of("../model/src/test/resources/seeds/order-fulfillment-saga.yml");

    @TempDir
    Path temp;

    @Test
    void theSagaExportIsTheBoardsSagaFileAndTheSchemaOfTheDsl() throws Exception {
        Path out = temp.resolve("out");
        TargetFolder target = TargetFolder.at(out);
        new SagaExporter().export(ExportInput.of(BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"))), target);
        assertEquals(List.of("sagas/order-fulfillment-saga.yml", "sagas/saga.schema.json"), target.written());
        assertEquals(Files.readString(SEED), Files.readString(out.resolve("sagas/order-fulfillment-saga.yml")));
    }

    @Test
    void aBoardWithoutSagasExportsTheSagaItsPolicyChainGives() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Files.delete(board.resolve("sagas/order-fulfillment-saga.yml"));
        Path out = temp.resolve("out");
        new SagaExporter().export(ExportInput.of(BoardReader.read(board)), TargetFolder.at(out));
        assertEquals(Files.readString(SEED), Files.readString(out.resolve("sagas/order-fulfillment-saga.yml")),
                "the feature spec's OrderFulfillmentSaga, derived from the board");
    }

    @Test
    void everySagaOfTheProjectValidatesAgainstTheShippedSchema() throws Exception {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(SagaSchema.text());
        for (Path file : List.of(SEED, Path.of("src/test/resources/sagas/hostile-saga.yml"), Path.of("src/test/resources/sagas/clashing-saga.yml"))) {
            JsonNode saga = new YAMLMapper().readTree(file.toFile());
            assertEquals(Set.of(), schema.validate(saga), file.toString());
        }
        JsonNode broken = new ObjectMapper().readTree("{\"saga\": {\"name\": \"X\", \"steps\": [{\"id\": \"a\", \"timeout\": \"5 seconds\"}]}}");
        assertEquals(1, schema.validate(broken).size(), "a timeout that is not a duration is refused by the schema too");
    }

    @Test
    void theStateMachineIsTheFeatureSpecsFormAndADrawing() throws Exception {
        Path out = temp.resolve("out");
        new StateMachineExporter().export(ExportInput.of(BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"))), TargetFolder.at(out));
        Golden.assertMatches("state-machine", out, path -> !path.endsWith(".png"));
        String spec = Files.readString(Path.of("../model/src/test/resources/seeds/order-fulfillment-state-machine.txt"));
        assertEquals(spec.replace("```\n", ""), Files.readString(out.resolve("state-machines/order-fulfillment-saga.txt")),
                "the feature spec's state machine, copied from the spec, to the byte");
        String svg = Files.readString(out.resolve("state-machines/order-fulfillment-saga.svg"));
        assertEquals(4, svg.split(">failure<", -1).length - 1, "every step has a failure edge");
        assertEquals(4, svg.split(">success<", -1).length - 1, "and a success edge");
        BufferedImage png = ImageIO.read(out.resolve("state-machines/order-fulfillment-saga.png").toFile());
        assertTrue(png.getWidth() > 200 && png.getHeight() > 300, png.getWidth() + "x" + png.getHeight());
    }
}
