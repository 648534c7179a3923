package org.eventstorm.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletionException;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workshop protocol over a real server and real WebSockets, as a page or a script speaks it: tokens, joining,
 * writing, reconnecting without duplicates, limits, the facilitator's powers, and text that must stay text.
 */
class WorkshopProtocolTest {
    private static final String ANA = "ana-key-0123456789abcdef";
    private static final String BEN = "ben-key-0123456789abcdef";

    @TempDir
    Path temp;
    TestHost host;

    @BeforeEach
    void serve() throws Exception {
        host = new TestHost(BoardFolders.copyOfSample("order-fulfillment", temp), Limits.DEFAULT);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void everyRequestNeedsTheToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(host.base() + "/w/" + host.tokens.participant() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Join the workshop"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.startsWith("default-src 'none'; script-src 'self'; style-src 'self';"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());

        for (String path : List.of("/w/" + "A".repeat(22) + "/", "/w/" + "A".repeat(22) + "/workshop.js", "/w//", "/w/" + host.tokens.participant() + "x/")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(host.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(refused.statusCode() == 403 || refused.statusCode() == 404, path + " " + refused.statusCode());
            assertFalse(refused.body().contains("<script"), path);
        }
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(host.base() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, root.statusCode());
        HttpResponse<String> other = http.send(
                HttpRequest.newBuilder(URI.create(host.base() + "/w/" + host.tokens.participant() + "/../../etc/passwd")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(other.statusCode() == 404 || other.statusCode() == 400, "" + other.statusCode());

        CompletionException wrong = assertThrows(CompletionException.class,
                () -> new PageClient("ws://127.0.0.1:" + host.server.port() + "/w/" + "B".repeat(22) + "/ws"));
        assertEquals(403, ((java.net.http.WebSocketHandshakeException) wrong.getCause()).getResponse().statusCode());
        assertThrows(CompletionException.class, () -> new PageClient("ws://127.0.0.1:" + host.server.port() + "/w/ws"));
    }

    @Test
    void theFacilitatorsTokenIsAnotherAndGrantsTheRoomsControls() {
        try (PageClient ana = PageClient.join(host, host.tokens.participant(), "Ana", ANA);
                PageClient lead = PageClient.join(host, host.tokens.facilitator(), "Facilitator", BEN)) {
            assertEquals("participant", ana.seen.get(0).path("you").path("role").asText());
            assertEquals("facilitator", lead.seen.get(0).path("you").path("role").asText());
            ana.send("{\"type\":\"lock\",\"locked\":true}");
            assertEquals("only the facilitator can do that", ana.next(m -> m.path("type").asText().equals("error")).path("text").asText());
            lead.send("{\"type\":\"phase\",\"name\":\"Chaotic exploration\",\"minutes\":10}");
            JsonNode session = ana.next(
                    m -> m.path("type").asText().equals("session") && m.path("session").path("phase").asText().equals("Chaotic exploration"));
            long left = session.path("session").path("endsAt").asLong() - session.path("now").asLong();
            assertTrue(left > 9 * 60_000 && left <= 10 * 60_000, "" + left);
        }
    }

    @Test
    void aStickyWrittenOnOnePageArrivesOnTheBoardAndOnEveryOtherPage() {
        try (PageClient ana = PageClient.join(host, host.tokens.participant(), "Ana", ANA);
                PageClient ben = PageClient.join(host, host.tokens.participant(), "Ben", BEN)) {
            ana.send("{\"type\":\"add\",\"id\":\"a1\",\"kind\":\"event\",\"name\":\"Refund Requested\",\"x\":500,\"y\":300}");
            JsonNode ack = ana.ack("a1");
            assertTrue(ack.path("ok").asBoolean(), ack.toString());
            assertEquals("events/refund-requested", ack.path("sticky").asText());
            JsonNode changed = ben.next(m -> m.path("type").asText().equals("changed"));
            JsonNode sticky = changed.path("stickies").get(0);
            assertEquals("Refund Requested", sticky.path("name").asText());
            assertEquals("Ana", sticky.path("author").asText());
            assertEquals(420, sticky.path("x").asInt(), "centred where Ana tapped");
            Sticky written = host.call(() -> host.board.get(StickyId.parse("events/refund-requested").orElseThrow()));
            assertEquals("Ana", written.get(Field.AUTHOR).orElseThrow().toString().contains("Ana") ? "Ana" : written.get(Field.AUTHOR).toString());
        }
    }

    @Test
    void anIntentSentAgainAfterAReconnectIsAppliedOnce() {
        String add = "{\"type\":\"add\",\"id\":\"once-1\",\"kind\":\"event\",\"name\":\"Coupon Applied\"}";
        PageClient first = PageClient.join(host, host.tokens.participant(), "Ana", ANA);
        first.send(add);
        first.ack("once-1");
        first.socket.abort();
        int before = host.call(() -> host.board.size());
        try (PageClient again = PageClient.join(host, host.tokens.participant(), "Ana", ANA)) {
            again.send(add);
            JsonNode ack = again.ack("once-1");
            assertTrue(ack.path("ok").asBoolean());
            assertEquals("events/coupon-applied", ack.path("sticky").asText());
            again.send(add);
            again.ack("once-1");
            assertEquals(before, host.call(() -> host.board.size()), "no second sticky");
            assertEquals(1, host.call(() -> host.board.named(org.eventstorm.model.sticky.StickyKind.EVENT, "Coupon Applied").size()));
            assertEquals(List.of("events/coupon-applied"), List.of(again.seen.get(0).path("you").path("stickies").get(0).asText()),
                    "the host still knows whose it is");
        }
    }

    @Test
    void onlyTheAuthorChangesASticky_andTheAuthorHearsWhenTheFacilitatorTookItAway() {
        try (PageClient ana = PageClient.join(host, host.tokens.participant(), "Ana", ANA);
                PageClient ben = PageClient.join(host, host.tokens.participant(), "Ben", BEN)) {
            ana.send("{\"type\":\"add\",\"id\":\"a1\",\"kind\":\"hotspot\",\"name\":\"Who pays shipping?\"}");
            String id = ana.ack("a1").path("sticky").asText();
            ben.send("{\"type\":\"rename\",\"id\":\"b1\",\"sticky\":\"" + id + "\",\"name\":\"Mine now\"}");
            assertEquals("you can change only the stickies you wrote", ben.ack("b1").path("error").asText());
            ana.send("{\"type\":\"rename\",\"id\":\"a2\",\"sticky\":\"" + id + "\",\"name\":\"Who pays return shipping?\"}");
            String renamed = ana.ack("a2").path("sticky").asText();
            assertEquals("hotspots/who-pays-return-shipping", renamed);

            host.call(() -> host.board.apply(new RemoveSticky(StickyId.parse(renamed).orElseThrow())));
            assertEquals("The facilitator took your sticky 'Who pays return shipping?' off the board.",
                    ana.next(m -> m.path("type").asText().equals("notice")).path("text").asText());
            ana.send("{\"type\":\"rename\",\"id\":\"a3\",\"sticky\":\"" + renamed + "\",\"name\":\"Too late\"}");
            JsonNode late = ana.ack("a3");
            assertFalse(late.path("ok").asBoolean());
            assertEquals("you can change only the stickies you wrote", late.path("error").asText());
        }
    }

    @Test
    void aLockStopsWritingAndAVoteCountsDotsOnTheStickies() {
        try (PageClient ana = PageClient.join(host, host.tokens.participant(), "Ana", ANA);
                PageClient lead = PageClient.join(host, host.tokens.facilitator(), "Lead", BEN)) {
            lead.send("{\"type\":\"lock\",\"locked\":true}");
            ana.next(m -> m.path("type").asText().equals("session") && m.path("session").path("locked").asBoolean());
            ana.send("{\"type\":\"add\",\"id\":\"a1\",\"kind\":\"event\",\"name\":\"Too Late\"}");
            assertEquals("the facilitator has locked writing for now", ana.ack("a1").path("error").asText());

            lead.send("{\"type\":\"open-vote\",\"dots\":2,\"kinds\":[\"hotspot\"]}");
            ana.next(m -> m.path("type").asText().equals("session") && m.path("session").path("vote").path("open").asBoolean());
            ana.send("{\"type\":\"vote\",\"id\":\"v1\",\"sticky\":\"hotspots/payment-race-condition\"}");
            assertTrue(ana.ack("v1").path("ok").asBoolean());
            ana.send("{\"type\":\"vote\",\"id\":\"v2\",\"sticky\":\"hotspots/payment-race-condition\"}");
            assertTrue(ana.ack("v2").path("ok").asBoolean());
            ana.send("{\"type\":\"vote\",\"id\":\"v3\",\"sticky\":\"hotspots/inventory-sync-delay\"}");
            assertEquals("you have spent all 2 of your dots; take one back to move it", ana.ack("v3").path("error").asText());
            ana.send("{\"type\":\"vote\",\"id\":\"v4\",\"sticky\":\"events/order-placed\"}");
            assertEquals("this vote is on hotspots only", ana.ack("v4").path("error").asText());
            assertEquals("2", host.call(
                    () -> host.board.get(StickyId.parse("hotspots/payment-race-condition").orElseThrow()).get(Field.VOTES).orElseThrow().toString().replaceAll(
                            "\\D", "")));
            ana.send("{\"type\":\"unvote\",\"id\":\"v5\",\"sticky\":\"hotspots/payment-race-condition\"}");
            assertTrue(ana.ack("v5").path("ok").asBoolean());
            JsonNode you = ana.seen.stream().filter(m -> m.path("type").asText().equals("you")).reduce((a, b) -> b).orElseThrow();
            assertEquals(1, you.path("you").path("dotsLeft").asInt());
            assertEquals(1, you.path("you").path("dots").path("hotspots/payment-race-condition").asInt());
        }
    }

    @Test
    void limitsAnswerWithAClearMessage() {
        try (PageClient ana = PageClient.join(host, host.tokens.participant(), "Ana", ANA)) {
            ana.send("{\"type\":\"add\",\"id\":\"long\",\"kind\":\"event\",\"name\":\"" + "x".repeat(201) + "\"}");
            assertEquals("a sticky holds at most 200 characters; this one has 201", ana.ack("long").path("error").asText());
            host.call(() -> host.board.apply(new EditSettings(host.board.settings().withLevel(Level.PROCESS))));
            ana.send("{\"type\":\"add\",\"id\":\"agg\",\"kind\":\"aggregate\",\"name\":\"Order\"}");
            assertEquals("Aggregates are written from the design level on; this board is process", ana.ack("agg").path("error").asText());
            for (int i = 0; i < Limits.DEFAULT.stickiesPerMinute(); i++) {
                ana.send("{\"type\":\"add\",\"id\":\"n" + i + "\",\"kind\":\"event\",\"name\":\"Event " + i + " Happened\"}");
                assertTrue(ana.ack("n" + i).path("ok").asBoolean());
                if (i % 30 == 29) {
                    sleep(1100);
                }
            }
            ana.send("{\"type\":\"add\",\"id\":\"over\",\"kind\":\"event\",\"name\":\"One Too Many\"}");
            assertEquals("that is 60 stickies in a minute; wait a moment, then add it again", ana.ack("over").path("error").asText());
            ana.send("not json");
            assertEquals("the message is not JSON", ana.next(m -> m.path("type").asText().equals("error")).path("text").asText());
        }
    }

    @Test
    void aParticipantMayHaveFourPagesOpenAndAFloodingPageIsClosed() {
        PageClient[] pages = new PageClient[4];
        for (int i = 0; i < 4; i++) {
            pages[i] = PageClient.join(host, host.tokens.participant(), "Ana", ANA);
        }
        PageClient fifth = new PageClient("ws://127.0.0.1:" + host.server.port() + "/w/" + host.tokens.participant() + "/ws");
        fifth.send("{\"type\":\"join\",\"name\":\"Ana\",\"key\":\"" + ANA + "\"}");
        assertEquals("you have 4 pages open already; close one", fifth.next(m -> m.path("type").asText().equals("error")).path("text").asText());

        // A script floods: it joins and writes 200 messages in one go, so the server reads them faster than 40 a second
        // however loaded the machine is (the JDK's client waits for each send, and on a loaded machine sent fewer).
        try (RawWebSocket flood = RawWebSocket.open(host.server.port(), "/w/" + host.tokens.participant() + "/ws")) {
            flood.sendAtOnce("{\"type\":\"join\",\"name\":\"Ben\",\"key\":\"" + BEN + "\"}", 1);
            flood.sendAtOnce("{\"type\":\"flood\"}", 200);
            assertEquals(OptionalInt.of(1008), flood.closeCode(), "a page flooding the server with messages is closed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (PageClient page : pages) {
            page.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{process.exit(1)} import x from 'y'",
            "a\u0000b\u001b[31mred\u0007", "bidi \u202Egnp.exe"})
    void hostileTextStaysTextAndControlCharactersGo(String text) {
        try (PageClient ana = PageClient.join(host, host.tokens.participant(), "Ana", ANA);
                PageClient ben = PageClient.join(host, host.tokens.participant(), "Ben", BEN)) {
            ana.send("{\"type\":\"add\",\"id\":\"h1\",\"kind\":\"hotspot\",\"name\":" + PageClient.quote(text) + "}");
            JsonNode ack = ana.ack("h1");
            assertTrue(ack.path("ok").asBoolean(), ack.toString());
            String name = ben.next(m -> m.path("type").asText().equals("changed")).path("stickies").get(0).path("name").asText();
            assertFalse(name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x202E), name);
            assertNotNull(host.call(() -> host.board.get(StickyId.parse(ack.path("sticky").asText()).orElseThrow())));
        }
    }

    @Test
    void aRemovedParticipantCannotComeBackFromTheSamePage() {
        PageClient ana = PageClient.join(host, host.tokens.participant(), "Ana", ANA);
        String id = ana.seen.get(0).path("you").path("id").asText();
        host.call(() -> {
            host.workshop.removeParticipant(id);
            return null;
        });
        ana.next(m -> m.path("type").asText().equals("removed"));
        PageClient back = new PageClient("ws://127.0.0.1:" + host.server.port() + "/w/" + host.tokens.participant() + "/ws");
        back.send("{\"type\":\"join\",\"name\":\"Ana again\",\"key\":\"" + ANA + "\"}");
        assertEquals("The facilitator removed you from this workshop.", back.next(m -> m.path("type").asText().equals("removed")).path("text").asText());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
