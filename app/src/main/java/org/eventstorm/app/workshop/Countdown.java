package org.eventstorm.app.workshop;

import org.eventstorm.workshop.SessionView;

/** The room's phase and time left as one line: "Chaotic exploration · 8:12", "Hotspots · time's up". */
final class Countdown {
    private Countdown() {
    }

    static String of(SessionView session, long nowMillis) {
        if (session == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(session.phase() == null ? "" : session.phase());
        if (session.endsAt() != null) {
            long left = Math.max(0, session.endsAt() - nowMillis);
            long seconds = (left + 999) / 1000;
            text.append(text.isEmpty() ? "" : " \u00b7 ").append(left == 0 ? "time's up" : seconds / 60 + ":" + String.format("%02d", seconds % 60));
        }
        return text.toString();
    }
}
