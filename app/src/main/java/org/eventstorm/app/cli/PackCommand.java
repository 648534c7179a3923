package org.eventstorm.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventstorm.model.file.BoardArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventstorm pack BOARD [-o FILE.storm]}: the board folder as one file to send. */
@Command(name = "pack", description = "Pack a board folder into one .storm file (a zip of its files; hidden files such as .git"
        + " and links are left out).", mixinStandardHelpOptions = true)
final class PackCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOARD", description = "The board folder (the one holding board.yaml).")
    Path board;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The .storm file to write (default: BOARD.storm beside the folder).")
    Path output;

    @Override
    public Integer call() {
        Path archive = output != null ? output
                : board.toAbsolutePath().normalize().resolveSibling(board.toAbsolutePath().normalize().getFileName() + BoardArchive.EXTENSION);
        try {
            BoardArchive.Result packed = BoardArchive.pack(board, archive);
            spec.commandLine().getOut().println("packed " + packed.files() + " files of " + board + " into " + archive);
            LeftOut.print(packed, spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("eventstorm pack: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
