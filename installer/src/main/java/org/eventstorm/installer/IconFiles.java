package org.eventstorm.installer;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.eventstorm.app.theme.AppIcon;

/**
 * Writes the app icon in each platform's format, from the one drawing in {@link AppIcon}: PNGs for Linux (the
 * hicolor sizes, and the one jpackage takes), an {@code .ico} for Windows (16 to 256 pixels, PNG-compressed entries)
 * and an {@code .icns} for macOS (16 to 1024 pixels, PNG entries). Run by package.sh: {@code IconFiles OUT_FOLDER}.
 */
public final class IconFiles {
    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** The icns entry type for each PNG size (Apple's ic/icp types that hold PNG data). */
    private static final Map<Integer, String> ICNS_TYPES = icnsTypes();

    private IconFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        for (int size : AppIcon.SIZES) {
            Files.write(out.resolve("eventstorm-" + size + ".png"), png(size));
        }
        Files.write(out.resolve("eventstorm.png"), png(256));
        Files.write(out.resolve("eventstorm.ico"), ico());
        Files.write(out.resolve("eventstorm.icns"), icns());
        System.out.println("icons written to " + out);
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(AppIcon.draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /** ICONDIR, one ICONDIRENTRY per size, then the PNG images (Windows Vista and later read PNG entries). */
    static byte[] ico() throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(size));
        }
        int headerSize = 6 + 16 * images.size();
        ByteBuffer buffer = ByteBuffer.allocate(headerSize + images.stream().mapToInt(image -> image.length).sum()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerSize;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buffer::put);
        return buffer.array();
    }

    /** 'icns', the file length, then per size a four-letter type, the entry length and the PNG (big-endian). */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(entries);
        for (Map.Entry<Integer, String> type : ICNS_TYPES.entrySet()) {
            byte[] image = png(type.getKey());
            out.writeBytes(type.getValue());
            out.writeInt(8 + image.length);
            out.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + entries.size());
        header.write(entries.toByteArray());
        return file.toByteArray();
    }

    private static Map<Integer, String> icnsTypes() {
        Map<Integer, String> types = new LinkedHashMap<>();
        types.put(16, "icp4");
        types.put(32, "icp5");
        types.put(64, "icp6");
        types.put(128, "ic07");
        types.put(256, "ic08");
        types.put(512, "ic09");
        types.put(1024, "ic10");
        return types;
    }
}
