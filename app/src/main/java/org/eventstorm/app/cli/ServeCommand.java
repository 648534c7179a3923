package org.eventstorm.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.eventstorm.app.recovery.RecoveryPlaces;
import org.eventstorm.app.serve.HeadlessBoard;
import org.eventstorm.app.serve.ServeAddress;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.workshop.LanAddress;
import org.eventstorm.workshop.Limits;
import org.eventstorm.workshop.SessionTokens;
import org.eventstorm.workshop.Workshop;
import org.eventstorm.workshop.WorkshopServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventstorm serve BOARD [--port N] [--bind ADDRESS]}: hosts a live workshop on a board without a window (on a
 * team server, in a container, on a laptop in a call). Prints the participants' link and the facilitator's, saves as
 * the app does while people write, and on Ctrl+C (or a TERM signal) stops with everything saved.
 */
@Command(name = "serve", description = "Host a live workshop on a board without a window: participants join from their browsers;"
        + " the facilitator runs the room from a second link. Ctrl+C stops and saves.", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "BOARD", description = "The board: its folder or its board.yaml.")
    Path board;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "The port to listen on (default: a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on: this machine's LAN address (the"
            + " default), 127.0.0.1 for this machine only, or 0.0.0.0 for every interface (a server or a container).")
    String bind;

    @Option(names = "--recover", description = "Apply the recovery journal a crashed host left for this board, then serve.")
    boolean recover;

    @Option(names = "--discard-journal", description = "Delete the recovery journal a crashed host left for this board, then serve.")
    boolean discard;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (BoardArgument.isArchive(board)) {
            err.println(board + ": error: serve a board folder (people's stickies are saved into it); unpack the .storm file first");
            return ExitCodes.BAD_INPUT;
        }
        Optional<BoardArgument> given = BoardArgument.of(board, err);
        if (given.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Path folder = given.get().folder();
        InetAddress address;
        try {
            address = bind == null ? LanAddress.best() : ServeAddress.parse(bind);
        } catch (IllegalArgumentException e) {
            err.println("eventstorm serve: --bind: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Optional<LoadedBoard> read = given.get().read(err);
        if (read.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        LoadedBoard loaded = read.get();
        ProblemPrinter printer = new ProblemPrinter(folder);
        printer.print(loaded.problems(), err);
        Clock clock = Clock.systemUTC();
        HeadlessBoard host = new HeadlessBoard(loaded, new RecoveryPlaces(), clock, problems -> printer.print(problems, err));
        if (Files.exists(host.journal())) {
            if (recover) {
                out.println("recovered " + host.recover() + " unsaved files from " + host.journal());
            } else if (discard) {
                Files.delete(host.journal());
                out.println("deleted the recovery journal " + host.journal());
            } else {
                err.println(host.journal() + ": error: a host that stopped without saving left these unsaved edits (participants'"
                        + " stickies among them); serve with --recover to apply them, or --discard-journal to drop them");
                host.close();
                return ExitCodes.BAD_INPUT;
            }
        }
        Workshop workshop = new Workshop(host.board(), host.thread(), clock, Limits.DEFAULT);
        host.call(() -> {
            workshop.start();
            return null;
        });
        WorkshopServer server;
        try {
            server = WorkshopServer.start(workshop, SessionTokens.random(), address, port);
        } catch (IOException e) {
            err.println("eventstorm serve: " + e.getMessage());
            host.close();
            return ExitCodes.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            host.call(() -> {
                workshop.close();
                return null;
            });
            int written = host.stop();
            out.println("stopped; everything is saved in " + folder + (written == 0 ? "" : " (" + written + " files written just now)"));
            out.flush();
            stopped.countDown();
        }, "serve-stop"));
        String title = host.call(() -> host.board().settings().title());
        int stickies = host.call(() -> host.board().size());
        out.println("Serving '" + title + "' (" + stickies + " stickies) on " + server.host() + ":" + server.port());
        out.println("  participants: " + server.participantLink());
        out.println("  facilitator:  " + server.facilitatorLink());
        out.println("Saving into " + folder + " as people write. Ctrl+C stops and saves.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
