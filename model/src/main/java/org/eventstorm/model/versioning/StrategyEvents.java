package org.eventstorm.model.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Which event sticky a strategy's {@code event: user.registered} means: the event whose {@code event_type} (without its
 * {@code .vN}) is it or ends with it ({@code users.user.registered.v2}), else the event of that name (User Registered).
 */
public final class StrategyEvents {
    private StrategyEvents() {
    }

    public static List<StickyId> find(Board board, String event) {
        String wanted = event.strip().toLowerCase(Locale.ROOT);
        List<StickyId> found = new ArrayList<>();
        if (wanted.isEmpty()) {
            return found;
        }
        board.stickies().forEach((id, sticky) -> {
            if (sticky instanceof DomainEvent domainEvent && domainEvent.eventType().isPresent()) {
                String type = domainEvent.eventType().get().strip().toLowerCase(Locale.ROOT).replaceFirst("\\.v\\d+$", "");
                if (type.equals(wanted) || type.endsWith("." + wanted)) {
                    found.add(id);
                }
            }
        });
        if (found.isEmpty()) {
            found.addAll(board.find(StickyKind.EVENT, Slug.of(wanted.replace('.', ' '))));
        }
        return found;
    }

    /** True when {@code event} names an event called {@code name} by its name: {@code user.registered} and "User Registered". */
    static boolean namesByName(String event, String name) {
        return Slug.of(event.replace('.', ' ')).equals(Slug.of(name));
    }

    /** A name in a strategy's dotted form: "User Signed Up" becomes {@code user.signed.up}. */
    public static String dotted(String name) {
        return String.join(".", Slug.of(name).split("-"));
    }
}
