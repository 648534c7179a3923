package org.eventstorm.app.notice;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Short messages for the person at the board: why an edit was refused, what was saved. The status bar shows the last. */
public final class Notices {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper severity = new ReadOnlyStringWrapper(this, "severity", "info");

    public void info(String text) {
        severity.set("info");
        message.set(text);
    }

    public void problem(String text) {
        severity.set("problem");
        message.set(text);
    }

    /**
     * The person went on to something else (an edit, another selection): a problem they were told of is behind them,
     * so its red line goes. A problem that persists (a save that keeps failing) is told again when it happens again.
     */
    public void movedOn() {
        if (severity.get().equals("problem")) {
            severity.set("info");
            message.set("");
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty severityProperty() {
        return severity.getReadOnlyProperty();
    }
}
