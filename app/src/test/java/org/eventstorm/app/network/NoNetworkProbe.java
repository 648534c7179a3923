package org.eventstorm.app.network;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.eventstorm.app.EventStormApp;
import org.eventstorm.app.cli.EventStormCommand;
import org.eventstorm.app.network.OfflineNames;
import org.eventstorm.app.window.MainWindow;
import org.eventstorm.app.window.Windows;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The process {@link NoNetworkTest} runs: with {@link NoSockets} installed and the process's open files watched for
 * sockets, it uses the command line (validate, export every format, fmt, new) and the desktop app (open the board,
 * edit, save, close), then prints every use of the network it saw, one per line, and exits 0 only when there was none.
 * <p>
 * Arguments: a board folder (a copy, it is edited), a folder to export into.
 */
public final class NoNetworkProbe {
    private NoNetworkProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path board = Path.of(args[0]);
        Path out = Path.of(args[1]);
        OfflineNames.apply();
        try {
            InetAddress.getByName("offline-check.example.com");
            System.out.println("failed: a host name was resolved, so the system's resolver is in use");
        } catch (UnknownHostException expected) {
            System.out.println("names are looked up offline");
        }
        NoSockets guard = new NoSockets();
        System.setSecurityManager(guard);
        Set<String> sockets = new TreeSet<>();
        Thread watcher = new Thread(() -> watchSockets(sockets), "socket-watch");
        watcher.setDaemon(true);
        watcher.start();

        List<String> failures = new ArrayList<>();
        command(failures, "validate", board.toString());
        command(failures, "export", board.toString(), "--to", out.toString(), "--format", "all");
        command(failures, "fmt", "--check", board.toString());
        command(failures, "new", out.resolve("new-board").toString());
        desktop(board, failures);
        Thread.sleep(200);

        List<String> used = new ArrayList<>();
        for (String attempt : guard.attempts()) {
            if (attempt.startsWith("resolve ")) {
                // Only a name lookup, answered from the empty hosts file (checked above): no query leaves the process.
                System.out.println("looked up offline: " + attempt);
            } else {
                used.add(attempt);
            }
        }
        synchronized (sockets) {
            used.addAll(sockets);
        }
        used.forEach(use -> System.out.println("network: " + use));
        failures.forEach(failure -> System.out.println("failed: " + failure));
        System.out.println("done");
        System.out.flush();
        Runtime.getRuntime().halt(used.isEmpty() && failures.isEmpty() ? 0 : 3);
    }

    private static void command(List<String> failures, String... args) {
        StringWriter err = new StringWriter();
        int code = EventStormCommand.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), (board, errors) -> {
            throw new AssertionError("the command line opened a window");
        });
        if (code > 1) {
            failures.add("eventstorm " + String.join(" ", args) + " exited " + code + ": " + err);
        }
    }

    /** Opens the board in the app, adds a sticky, saves, closes. */
    private static void desktop(Path board, List<String> failures) throws Exception {
        Thread app = new Thread(() -> EventStormApp.launchOn(board), "app");
        app.setDaemon(true);
        app.start();
        Windows windows = null;
        for (int i = 0; i < 200 && (windows == null || windows.open().isEmpty()); i++) {
            Thread.sleep(50);
            windows = EventStormApp.injector().getInstance(Windows.class);
        }
        if (windows == null || windows.open().isEmpty()) {
            failures.add("the window did not open");
            return;
        }
        MainWindow window = windows.open().get(0);
        CountDownLatch edited = new CountDownLatch(1);
        Platform.runLater(() -> {
            window.document().board().apply(AddSticky.at(StickyKind.EVENT.create("Offline Checked"), new Geometry(0, 3000, 160, 100)));
            if (!window.save()) {
                failures.add("the window could not save");
            }
            edited.countDown();
        });
        if (!edited.await(20, TimeUnit.SECONDS) || !Files.exists(board.resolve("events/offline-checked.md"))) {
            failures.add("the edit was not saved");
        }
        Platform.runLater(Platform::exit);
        app.join(20_000);
    }

    /**
     * Every 20 ms, the network sockets among this process's open files (Linux): a socket whose inode is in the
     * kernel's TCP, UDP or raw tables. Unix-domain sockets are local pipes (the JDK's file watcher wakes itself
     * through one) and are not the network.
     */
    private static void watchSockets(Set<String> sockets) {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return;
        }
        Set<String> seen = new TreeSet<>();
        while (true) {
            try (Stream<Path> open = Files.list(fds)) {
                for (Path fd : open.toList()) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[") && seen.add(target)) {
                            String inode = target.substring("socket:[".length(), target.length() - 1);
                            networkTable(inode).ifPresent(table -> {
                                synchronized (sockets) {
                                    sockets.add("a " + table + " socket (" + target + ")");
                                }
                            });
                        }
                    } catch (IOException gone) {
                        // The file was closed while listing.
                    }
                }
                Thread.sleep(20);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    private static java.util.Optional<String> networkTable(String inode) {
        for (String table : List.of("tcp", "tcp6", "udp", "udp6", "raw", "raw6")) {
            try (Stream<String> lines = Files.lines(Path.of("/proc/self/net", table))) {
                if (lines.skip(1).map(line -> line.trim().split("\\s+")).anyMatch(fields -> fields.length > 9 && fields[9].equals(inode))) {
                    return java.util.Optional.of(table);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // No such table on this kernel.
            }
        }
        return java.util.Optional.empty();
    }
}
