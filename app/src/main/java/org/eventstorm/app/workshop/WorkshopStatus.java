package org.eventstorm.app.workshop;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.eventstorm.workshop.SessionView;

/** The status bar's word on a shared board: "Sharing · 5 people · Chaotic exploration · 8:12"; empty when not shared. */
public final class WorkshopStatus extends Label {
    private final SharedBoard shared;
    private final Timeline ticking = new Timeline(new KeyFrame(Duration.millis(500), event -> refresh()));

    public WorkshopStatus(SharedBoard shared) {
        this.shared = shared;
        setId("status-workshop");
        ticking.setCycleCount(Timeline.INDEFINITE);
        shared.sharingProperty().addListener((observable, was, sharing) -> {
            if (sharing) {
                ticking.play();
            } else {
                ticking.stop();
            }
            refresh();
        });
        shared.sessionProperty().addListener(observable -> refresh());
        refresh();
    }

    private void refresh() {
        SessionView session = shared.sessionProperty().get();
        if (!shared.sharingProperty().get() || session == null) {
            setText("");
            setManaged(false);
            return;
        }
        setManaged(true);
        long online = session.participants().stream().filter(SessionView.ParticipantView::online).count();
        String room = Countdown.of(session, System.currentTimeMillis());
        setText("Sharing \u00b7 " + online + (online == 1 ? " person" : " people") + (room.isEmpty() ? "" : " \u00b7 " + room)
                + (session.locked() ? " \u00b7 writing locked" : "") + (session.vote().open() ? " \u00b7 vote open" : ""));
    }
}
