package org.eventstorm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventstorm serve} from the packaged jar, as a facilitator runs it for a remote workshop: two links printed;
 * the participants' link refused without its token; a sticky written over the protocol is in the board's files after
 * the host is stopped; a host killed with {@code kill -9} leaves a journal that the next start refuses to ignore and
 * {@code --recover} applies.
 */
class ServeIT {
    private static final Path JAR = Path.of("target/eventstorm.jar").toAbsolutePath();

    @TempDir
    Path temp;

    record Host(Process process, BufferedReader out, String participants, String facilitator) {
    }

    @Test
    void servePrintsTwoLinksRefusesWithoutTheTokenAndSavesWhatWasWrittenOnStop() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Host host = serve(board);
        assertFalse(host.participants().equals(host.facilitator()));
        HttpClient http = HttpClient.newHttpClient();
        String withoutToken = host.participants().replaceAll("/w/[^/]+/$", "/");
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(withoutToken)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        String otherToken = host.participants().replaceAll("/w/[^/]+/$", "/w/AAAAAAAAAAAAAAAAAAAAAA/");
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(otherToken)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(host.participants())).build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        write(host.participants(), "Ana", "Refund Requested");
        host.process().toHandle().destroy();
        String said = rest(host);
        assertTrue(host.process().waitFor(30, TimeUnit.SECONDS));
        assertTrue(said.contains("stopped; everything is saved in"), said);
        String file = Files.readString(board.resolve("events/refund-requested.md"));
        assertTrue(file.contains("name: Refund Requested\n") && file.contains("author: Ana\n"), file);
    }

    @Test
    void aHostKilledMidWorkshopOffersTheParticipantsStickiesBack() throws Exception {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path journal = board.resolveSibling("." + board.getFileName() + ".eventstorm-recovery.json");
        Host host = serve(board);
        write(host.participants(), "Ana", "Voucher Redeemed");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Files.exists(journal) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        host.process().destroyForcibly();
        host.process().waitFor(10, TimeUnit.SECONDS);
        assertTrue(Files.exists(journal), "the edit was journalled within a moment");

        Process refused = new ProcessBuilder(java(board, "--port", "0")).redirectErrorStream(true).start();
        String why = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(refused.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, refused.exitValue(), why);
        assertTrue(why.contains("a host that stopped without saving left these unsaved edits (participants' stickies among them);"
                + " serve with --recover to apply them, or --discard-journal to drop them"), why);

        Host again = serve(board, "--recover");
        again.process().toHandle().destroy();
        String said = rest(again);
        assertTrue(again.process().waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.exists(board.resolve("events/voucher-redeemed.md")), said);
        assertTrue(Files.readString(board.resolve("events/voucher-redeemed.md")).contains("author: Ana"));
        assertFalse(Files.exists(journal), "the journal goes once everything is saved");
    }

    private Host serve(Path board, String... more) throws IOException {
        List<String> command = java(board, "--bind", "127.0.0.1");
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String participants = null;
        String facilitator = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("  participants: ")) {
                participants = line.substring("  participants: ".length());
            } else if (line.startsWith("  facilitator:  ")) {
                facilitator = line.substring("  facilitator:  ".length());
            } else if (line.startsWith("Saving into ")) {
                break;
            }
        }
        assertTrue(participants != null && facilitator != null, "two links printed");
        return new Host(process, out, participants, facilitator);
    }

    private List<String> java(Path board, String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Deventstorm.recovery=" + temp.resolve("recovery"), "-jar", JAR.toString(), "serve", board.toString()));
        command.addAll(List.of(options));
        return command;
    }

    private static String rest(Host host) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line = host.out().readLine(); line != null; line = host.out().readLine()) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /** Joins as {@code name} and adds an event, waiting for the host's answer. */
    private static void write(String link, String name, String event) throws Exception {
        CompletableFuture<String> acked = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(link.replace("http://", "ws://") + "ws"),
                new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            if (partial.toString().startsWith("{\"type\":\"ack\"")) {
                                acked.complete(partial.toString());
                            }
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).join();
        socket.sendText("{\"type\":\"join\",\"name\":\"" + name + "\",\"key\":\"key-of-" + name + "-0123456789\"}", true).join();
        socket.sendText("{\"type\":\"add\",\"id\":\"e1\",\"kind\":\"event\",\"name\":\"" + event + "\"}", true).join();
        String ack = acked.get(10, TimeUnit.SECONDS);
        assertTrue(ack.contains("\"ok\":true"), ack);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
