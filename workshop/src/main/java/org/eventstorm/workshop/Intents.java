package org.eventstorm.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Set;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/** Reads one WebSocket message into an {@link Intent}, or says in words what is wrong with it. */
final class Intents {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An intent id is the page's: a UUID or anything as short and plain. */
    private static final int MAX_ID = 64;

    private Intents() {
    }

    /** What is wrong with a message, for the page to show. */
    static final class BadMessage extends Exception {
        BadMessage(String message) {
            super(message);
        }
    }

    static Intent parse(String message) throws BadMessage {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (JsonProcessingException e) {
            throw new BadMessage("the message is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new BadMessage("the message is not a JSON object");
        }
        String type = text(node, "type");
        return switch (type) {
            case "join" -> new Intent.Join(text(node, "name"), text(node, "key"));
            case "add" -> new Intent.Add(id(node), kind(node), text(node, "name"), optionalInt(node, "x"), optionalInt(node, "y"));
            case "rename" -> new Intent.Rename(id(node), sticky(node), text(node, "name"));
            case "delete" -> new Intent.Delete(id(node), sticky(node));
            case "vote" -> new Intent.Vote(id(node), sticky(node), 1);
            case "unvote" -> new Intent.Vote(id(node), sticky(node), -1);
            case "phase" -> new Intent.SetPhase(text(node, "name"), minutes(node));
            case "timer" -> new Intent.SetTimer(minutes(node));
            case "lock" -> new Intent.Lock(node.path("locked").asBoolean(true));
            case "open-vote" -> new Intent.OpenVote(dots(node), kinds(node));
            case "close-vote" -> new Intent.CloseVote();
            case "remove" -> new Intent.RemoveParticipant(text(node, "participant"));
            default -> throw new BadMessage("'" + Texts.shown(type) + "' is not a message this host knows");
        };
    }

    private static String text(JsonNode node, String field) throws BadMessage {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new BadMessage("the message has no text '" + field + "'");
        }
        return value.asText();
    }

    private static String id(JsonNode node) throws BadMessage {
        String id = text(node, "id");
        if (id.isEmpty() || id.length() > MAX_ID || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadMessage("the message's id must be 1 to " + MAX_ID + " printable ASCII characters");
        }
        return id;
    }

    private static StickyKind kind(JsonNode node) throws BadMessage {
        String word = text(node, "kind");
        return StickyKind.fromWord(word).orElseThrow(() -> new BadMessage("'" + Texts.shown(word) + "' is not a kind of sticky"));
    }

    private static StickyId sticky(JsonNode node) throws BadMessage {
        String id = text(node, "sticky");
        return StickyId.parse(id).orElseThrow(() -> new BadMessage("'" + Texts.shown(id) + "' is not a sticky's id"));
    }

    private static Integer optionalInt(JsonNode node, String field) throws BadMessage {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt()) {
            throw new BadMessage("'" + field + "' must be a whole number");
        }
        return value.asInt();
    }

    private static int minutes(JsonNode node) throws BadMessage {
        Integer minutes = optionalInt(node, "minutes");
        if (minutes == null || minutes < 0 || minutes > 24 * 60) {
            throw new BadMessage("'minutes' must be a whole number from 0 to 1440");
        }
        return minutes;
    }

    private static int dots(JsonNode node) throws BadMessage {
        Integer dots = optionalInt(node, "dots");
        if (dots == null || dots < 1 || dots > 20) {
            throw new BadMessage("'dots' must be a whole number from 1 to 20");
        }
        return dots;
    }

    private static Set<StickyKind> kinds(JsonNode node) throws BadMessage {
        Set<StickyKind> kinds = EnumSet.noneOf(StickyKind.class);
        for (JsonNode word : node.path("kinds")) {
            if (!word.isTextual()) {
                throw new BadMessage("'kinds' must be a list of kinds of sticky");
            }
            kinds.add(StickyKind.fromWord(word.asText()).orElseThrow(() -> new BadMessage("'" + Texts.shown(word.asText()) + "' is not a kind of sticky")));
        }
        return kinds;
    }
}
