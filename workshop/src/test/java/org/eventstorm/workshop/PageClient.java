package org.eventstorm.workshop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A page as a script would be one: the JDK's WebSocket client speaking the workshop protocol. */
final class PageClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    final List<JsonNode> seen = new CopyOnWriteArrayList<>();
    final WebSocket socket;
    volatile boolean closed;
    volatile int closeCode;

    PageClient(String wsUrl) {
        StringBuilder partial = new StringBuilder();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(wsUrl), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        JsonNode message = JSON.readTree(partial.toString());
                        // Seen first: a test reads what was seen as soon as the inbox hands the message over.
                        seen.add(message);
                        inbox.add(message);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed = true;
                closeCode = statusCode;
                return null;
            }
        }).join();
    }

    static PageClient join(TestHost host, String token, String name, String key) {
        PageClient page = new PageClient("ws://127.0.0.1:" + host.server.port() + "/w/" + token + "/ws");
        page.send("{\"type\":\"join\",\"name\":" + quote(name) + ",\"key\":\"" + key + "\"}");
        page.next(message -> message.path("type").asText().equals("welcome"));
        return page;
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next message that matches, skipping others; fails after 10 seconds. */
    JsonNode next(Predicate<JsonNode> wanted) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            while (System.nanoTime() < end) {
                JsonNode message = inbox.poll(100, TimeUnit.MILLISECONDS);
                if (message != null && wanted.test(message)) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<JsonNode> last = seen.subList(Math.max(0, seen.size() - 6), seen.size());
        throw new AssertionError("no such message in 10 s; the last seen: "
                + last.stream().map(JsonNode::toString).map(text -> text.length() > 400 ? text.substring(0, 400) + "..." : text).toList());
    }

    JsonNode ack(String id) {
        return next(message -> message.path("type").asText().equals("ack") && message.path("id").asText().equals(id));
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
