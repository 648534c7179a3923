package org.eventstorm.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The messages the host sends, as JSON text (workshop-protocol.md lists them). */
final class Messages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Messages() {
    }

    /** The participant's own state: who they are, their stickies, their dots. */
    record You(String id, String name, String role, List<String> stickies, int dotsLeft, Map<String, Integer> dots) {
    }

    static String welcome(You you, BoardView board, SessionView session, long now) {
        return json(ordered("type", "welcome", "you", you, "board", board, "session", session, "now", now));
    }

    static String you(You you) {
        return json(ordered("type", "you", "you", you));
    }

    static String changed(long revision, List<BoardView.StickyView> stickies, List<String> removed) {
        return json(ordered("type", "changed", "revision", revision, "stickies", stickies, "removed", removed));
    }

    /** The whole board again: its level, lanes or title changed, or it was reloaded. */
    static String board(BoardView board) {
        return json(ordered("type", "board", "board", board));
    }

    static String session(SessionView session, long now) {
        return json(ordered("type", "session", "session", session, "now", now));
    }

    static String applied(String id, String sticky) {
        return json(ordered("type", "ack", "id", id, "ok", true, "sticky", sticky));
    }

    static String refused(String id, String error) {
        return json(ordered("type", "ack", "id", id, "ok", false, "error", error));
    }

    static String notice(String text) {
        return json(ordered("type", "notice", "text", text));
    }

    static String error(String text) {
        return json(ordered("type", "error", "text", text));
    }

    static String removed(String text) {
        return json(ordered("type", "removed", "text", text));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
