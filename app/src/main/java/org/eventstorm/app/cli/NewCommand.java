package org.eventstorm.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eventstorm.app.document.BoardTemplates;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.file.BoardFiles;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.file.SaveResult;
import org.eventstorm.model.sticky.Slug;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code eventstorm new DIR [--template order|empty]}: starts a board folder. */
@Command(name = "new", description = "Create a new board folder, empty or from the order-fulfillment template.",
        mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to create; it must not exist or be empty.")
    Path folder;

    @Option(names = "--template", paramLabel = "order|empty", defaultValue = "empty",
            description = "What the board starts with: 'empty' (default) or 'order', the order-fulfillment sample.")
    String template;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
            err.println(folder + ": error: already exists and is not an empty folder; choose a new folder name");
            return ExitCodes.BAD_INPUT;
        }
        LoadedBoard template;
        try {
            template = BoardTemplates.load(template());
        } catch (IOException e) {
            err.println("eventstorm new: error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Board board = template.board();
        if (template().equals("empty")) {
            BoardSettings settings = board.settings().withTitle(titleFrom(folder)).withSession(sessionFrom(folder));
            board.apply(new EditSettings(settings));
        }
        SaveResult result = BoardFiles.forNewBoard(folder).save(board);
        spec.commandLine().getOut().println("created " + folder + " (" + board.size() + " stickies, "
                + result.written().size() + " files)");
        return ExitCodes.OK;
    }

    private String template() {
        return template.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** "order-fulfillment" becomes "Order Fulfillment". */
    static String titleFrom(Path folder) {
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        String title = Arrays.stream(name.split("[-_\\s]+")).filter(word -> !word.isEmpty()).map(
                word -> Character.toUpperCase(word.charAt(0)) + word.substring(1)).collect(Collectors.joining(" "));
        return title.isEmpty() ? "Untitled Board" : title;
    }

    static String sessionFrom(Path folder) {
        return Slug.of(folder.toAbsolutePath().normalize().getFileName().toString());
    }
}
