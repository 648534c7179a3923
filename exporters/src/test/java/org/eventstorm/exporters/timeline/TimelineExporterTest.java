package org.eventstorm.exporters.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Golden;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineExporterTest {
    @TempDir
    Path temp;

    @Test
    void theOrderSampleTellsItsStoryInTheFeatureSpecsForm() throws IOException {
        Path out = temp.resolve("out");
        new TimelineExporter().export(ExportInput.of(BoardReader.read(BoardFolders.SAMPLES.resolve("order-fulfillment"))), TargetFolder.at(out));
        Golden.assertMatches("timeline", out, path -> !path.endsWith(".png"));
        BufferedImage png = ImageIO.read(out.resolve("timeline/timeline.png").toFile());
        assertTrue(png.getWidth() > 600 && png.getHeight() > 200, png.getWidth() + "x" + png.getHeight());
        assertTrue(Files.readString(out.resolve("timeline/timeline.svg")).contains("Payment Authorized"));
    }
}
