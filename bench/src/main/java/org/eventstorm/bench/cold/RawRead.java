package org.eventstorm.bench.cold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The yardstick of reading a board: list its folders and read every file's bytes, nothing more. */
public final class RawRead {
    private RawRead() {
    }

    public static void main(String[] args) throws IOException {
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                bytes += Files.readAllBytes(file).length;
            }
            System.out.println(files.size() + " files, " + bytes + " bytes");
        }
    }
}
