package org.eventstorm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.eventstorm.app.canvas.BoardCanvas;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.app.workshop.SharedBoard;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.generate.BoardGenerator;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.validate.StandardRules;

/**
 * A live workshop under load, as in a room: the app shares a generated board of 5,000 stickies (the real canvas in a
 * 1600 x 1000 window, panning all the while), and 30 participants (WebSocket clients speaking the page's protocol)
 * each write a sticky every 2 seconds for 2 minutes. Reports stickies lost and duplicated, the time from a
 * participant's send to the edit applied on the host's board, to the sticky arriving at every other participant, the
 * canvas's frame time meanwhile, and the host's heap after collection at the start and the end. All clocks are this
 * process's, so the times need no synchronising. {@code -Dbench.participants}, {@code -Dbench.seconds},
 * {@code -Dbench.size} change the load.
 */
public final class WorkshopBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 30);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 120);
    private static final int SIZE = Integer.getInteger("bench.size", 5000);
    private static final long EVERY_MS = 2000;
    /** The canvas panning with everyone joined and nobody writing, first: the frames to compare with. */
    private static final int IDLE_SECONDS = Integer.getInteger("bench.idle", 20);

    private WorkshopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FrameBenchmark.headless();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);

        Board board = new BoardGenerator(2026).generate(SIZE);
        Map<String, Long> sent = new ConcurrentHashMap<>();
        List<Double> applied = Collections.synchronizedList(new ArrayList<>());
        List<Double> frames = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<SharedBoard> sharing = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                BoardDocument document = BoardDocument.untitled(board, StandardRules.set(), Clock.systemUTC());
                CanvasViewModel model = new CanvasViewModel(document, new Notices());
                BoardCanvas canvas = new BoardCanvas(model);
                Stage stage = new Stage();
                stage.setScene(new Scene(new StackPane(canvas), 1600, 1000));
                stage.show();
                model.viewport().setScaleAt(0, 0, 1.0);
                board.addListener(change -> {
                    long now = System.nanoTime();
                    for (var id : change.addedIds()) {
                        Sticky sticky = board.get(id);
                        Long at = sent.get(sticky.name());
                        if (at != null) {
                            applied.add((now - at) / 1e6);
                        }
                    }
                });
                new AnimationTimer() {
                    private long last;
                    private int frame;

                    @Override
                    public void handle(long now) {
                        if (last != 0) {
                            frames.add((now - last) / 1e6);
                        }
                        last = now;
                        model.viewport().panBy(frame++ % 400 < 200 ? -14 : 14, 0);
                    }
                }.start();
                SharedBoard shared = new SharedBoard(document, Clock.systemUTC());
                shared.start(InetAddress.getLoopbackAddress(), 0);
                sharing.complete(shared);
            } catch (Exception e) {
                sharing.completeExceptionally(e);
            }
        });
        SharedBoard shared = sharing.get(120, TimeUnit.SECONDS);
        URI link = shared.linkProperty().get();
        System.out.printf(Locale.ROOT, "Live workshop: %d participants, a sticky each every %d ms for %d s, on a board of %,d stickies;"
                + " the app's canvas panning meanwhile%n", PARTICIPANTS, EVERY_MS, SECONDS, SIZE);

        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            people.add(new Participant(i, link, sent));
        }
        for (Participant person : people) {
            person.joined.get(60, TimeUnit.SECONDS);
        }
        Thread.sleep(2000);
        frames.clear();
        Thread.sleep(IDLE_SECONDS * 1000L);
        List<Double> framesIdle = new ArrayList<>(frames);
        frames.clear();
        long heapBefore = heapAfterCollection();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        int rounds = (int) (SECONDS * 1000 / EVERY_MS);
        for (Participant person : people) {
            long offset = person.index * EVERY_MS / PARTICIPANTS;
            clock.scheduleAtFixedRate(person::writeNext, offset, EVERY_MS, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(SECONDS * 1000L + 200);
        clock.shutdownNow();
        Thread.sleep(3000);
        List<Double> framesDuring = new ArrayList<>(frames);
        long heapAfter = heapAfterCollection();

        int written = people.stream().mapToInt(person -> person.written).sum();
        CompletableFuture<Map<String, Integer>> counted = new CompletableFuture<>();
        Platform.runLater(() -> {
            Map<String, Integer> byName = new HashMap<>();
            board.stickies().values().forEach(sticky -> {
                if (sticky.name().startsWith("Participant ")) {
                    byName.merge(sticky.name(), 1, Integer::sum);
                }
            });
            counted.complete(byName);
        });
        Map<String, Integer> onBoard = counted.get(30, TimeUnit.SECONDS);
        long lost = sent.keySet().stream().filter(name -> !onBoard.containsKey(name)).count();
        long duplicated = onBoard.values().stream().filter(count -> count > 1).count();
        List<Double> visible = new ArrayList<>();
        List<Double> acked = new ArrayList<>();
        long missedAtOthers = 0;
        for (Participant person : people) {
            visible.addAll(person.visible);
            acked.addAll(person.acked);
            missedAtOthers += sent.keySet().stream().filter(name -> !name.startsWith("Participant " + person.index + " ")
                    && !person.seen.contains(name)).count();
        }
        System.out.printf(Locale.ROOT, "stickies written %d, on the board %d, lost %d, duplicated %d, missing at another participant %d%n",
                written, onBoard.size(), lost, duplicated, missedAtOthers);
        System.out.printf(Locale.ROOT, "send -> applied on the host   p50 %6.1f  p95 %6.1f  max %6.1f ms (%d)%n", p(applied, 0.5), p(applied, 0.95),
                p(applied, 1.0), applied.size());
        System.out.printf(Locale.ROOT, "send -> answered to the writer p50 %6.1f  p95 %6.1f  max %6.1f ms (%d)%n", p(acked, 0.5), p(acked, 0.95),
                p(acked, 1.0), acked.size());
        System.out.printf(Locale.ROOT, "send -> visible at every other p50 %6.1f  p95 %6.1f  max %6.1f ms (%d)%n", p(visible, 0.5),
                p(visible, 0.95), p(visible, 1.0), visible.size());
        System.out.printf(Locale.ROOT, "canvas frames, nobody writing  p50 %6.1f  p95 %6.1f  max %6.1f ms (%d frames)%n", p(framesIdle, 0.5),
                p(framesIdle, 0.95), p(framesIdle, 1.0), framesIdle.size());
        System.out.printf(Locale.ROOT, "canvas frames while writing    p50 %6.1f  p95 %6.1f  max %6.1f ms (%d frames; p95 %.2fx nobody writing)%n",
                p(framesDuring, 0.5), p(framesDuring, 0.95), p(framesDuring, 1.0), framesDuring.size(), p(framesDuring, 0.95) / p(framesIdle, 0.95));
        System.out.printf(Locale.ROOT, "heap after collection: %d MB before, %d MB after (%+d MB for %d stickies written)%n", heapBefore >> 20,
                heapAfter >> 20, (heapAfter - heapBefore) >> 20, written);
        people.forEach(Participant::close);
        Platform.runLater(shared::stop);
        Thread.sleep(500);
        Platform.exit();
        System.exit(0);
    }

    private static long heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double p(List<Double> values, double percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(percentile * sorted.size()) - 1)));
    }

    /** One participant's page, as the protocol has it: join, then a sticky at a time; every change heard. */
    private static final class Participant implements WebSocket.Listener {
        final int index;
        final Map<String, Long> sent;
        final CompletableFuture<Void> joined = new CompletableFuture<>();
        final List<Double> visible = Collections.synchronizedList(new ArrayList<>());
        final List<Double> acked = Collections.synchronizedList(new ArrayList<>());
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final Map<String, Long> mine = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;
        volatile int written;

        Participant(int index, URI link, Map<String, Long> sent) {
            this.index = index;
            this.sent = sent;
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(link.toString().replace("http://", "ws://") + "ws"),
                    this).join();
            socket.sendText("{\"type\":\"join\",\"name\":\"Participant " + index + "\",\"key\":\"bench-participant-" + index + "-0123456789\"}", true);
        }

        synchronized void writeNext() {
            String name = "Participant " + index + " Event " + (++written);
            String id = "p" + index + "-" + written;
            long now = System.nanoTime();
            sent.put(name, now);
            mine.put(id, now);
            socket.sendText("{\"type\":\"add\",\"id\":\"" + id + "\",\"kind\":\"event\",\"name\":\"" + name + "\"}", true);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.nanoTime();
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    String type = message.path("type").asText();
                    if (type.equals("welcome")) {
                        joined.complete(null);
                    } else if (type.equals("ack")) {
                        Long at = mine.remove(message.path("id").asText());
                        if (at != null) {
                            acked.add((now - at) / 1e6);
                        }
                    } else if (type.equals("changed")) {
                        for (JsonNode sticky : message.path("stickies")) {
                            String name = sticky.path("name").asText();
                            Long at = sent.get(name);
                            if (at != null && !name.startsWith("Participant " + index + " ") && seen.add(name)) {
                                visible.add((now - at) / 1e6);
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
