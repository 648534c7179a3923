package org.eventstorm.workshop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.sticky.StickyId;

/**
 * One person in the workshop, as the host knows them: the page's secret key (the same after a reconnect), the name
 * they joined with, their open pages, the stickies they wrote (which they may change or delete), their dots.
 * Touched on the board's thread only.
 */
final class Participant {
    final String id;
    final String key;
    String name;
    final Set<Connection> connections = new LinkedHashSet<>();
    final Set<StickyId> written = new LinkedHashSet<>();
    final Map<StickyId, Integer> dots = new HashMap<>();
    int stickiesWritten;
    boolean removed;
    private final Deque<Long> recentAdds = new ArrayDeque<>();

    Participant(String id, String key, String name) {
        this.id = id;
        this.key = key;
        this.name = name;
    }

    int dotsSpent() {
        return dots.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean isOnline() {
        return connections.stream().anyMatch(Connection::isOpen);
    }

    /** Whether one more sticky now keeps within {@code perMinute}; counts it when it does. */
    boolean mayAdd(long nowMillis, int perMinute) {
        while (!recentAdds.isEmpty() && recentAdds.peekFirst() <= nowMillis - 60_000) {
            recentAdds.removeFirst();
        }
        if (recentAdds.size() >= perMinute) {
            return false;
        }
        recentAdds.addLast(nowMillis);
        return true;
    }

    SessionView.ParticipantView view() {
        return new SessionView.ParticipantView(id, name, stickiesWritten, isOnline());
    }
}
