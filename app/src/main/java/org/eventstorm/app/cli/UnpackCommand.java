package org.eventstorm.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eventstorm.model.file.BoardArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventstorm unpack FILE.storm [--to DIR]}: a received board back into a folder, refusing unsafe archives. */
@Command(name = "unpack", description = "Unpack a .storm file into a new board folder: the board's files and plain text only, never"
        + " hidden files or binaries. An archive with an entry that would land outside that folder (../, an absolute path),"
        + " or a damaged one, is refused whole.", mixinStandardHelpOptions = true)
final class UnpackCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .storm file.")
    Path archive;

    @Option(names = "--to", paramLabel = "DIR", description = "The new folder (default: beside the file, named after it).")
    Path to;

    @Override
    public Integer call() {
        Path target = to != null ? to : BoardArchive.folderFor(archive);
        try {
            BoardArchive.Result unpacked = BoardArchive.unpack(archive, target);
            spec.commandLine().getOut().println("unpacked " + unpacked.files() + " files into " + target);
            LeftOut.print(unpacked, spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("eventstorm unpack: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
