package org.eventstorm.app.workshop;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.workshop.Limits;
import org.eventstorm.workshop.SessionTokens;
import org.eventstorm.workshop.SessionView;
import org.eventstorm.workshop.Workshop;
import org.eventstorm.workshop.WorkshopServer;

/**
 * One window's board shared as a live workshop, or not: nothing listens on the network until {@link #start}, and
 * {@link #stop} closes every page and the server. Participants' edits are applied on the JavaFX thread, the board's
 * thread in the app, so they join the window's one edit stream (undo, autosave, journal, validator, redraw).
 */
public final class SharedBoard {
    private final BoardDocument document;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper sharing = new ReadOnlyBooleanWrapper(this, "sharing");
    private final ReadOnlyObjectWrapper<URI> link = new ReadOnlyObjectWrapper<>(this, "link");
    private final ReadOnlyObjectWrapper<SessionView> session = new ReadOnlyObjectWrapper<>(this, "session");
    private Workshop workshop;
    private WorkshopServer server;
    private AutoCloseable hearing;

    public SharedBoard(BoardDocument document, Clock clock) {
        this.document = document;
        this.clock = clock;
    }

    /**
     * Starts sharing on {@code address} (one of this machine's) and {@code port} (0 for a free one), with new tokens;
     * an earlier sharing of this board stops first. On the FX thread.
     *
     * @throws IOException when nothing can listen there
     */
    public void start(InetAddress address, int port) throws IOException {
        stop();
        Workshop started = new Workshop(document.board(), Platform::runLater, clock, Limits.DEFAULT);
        started.start();
        try {
            server = WorkshopServer.start(started, SessionTokens.random(), address, port);
        } catch (IOException e) {
            started.close();
            throw e;
        }
        workshop = started;
        hearing = started.addListener(session::set);
        session.set(started.session());
        link.set(server.participantLink());
        sharing.set(true);
    }

    /** Stops sharing: every page is told and closed, the server stops listening. Everything written stays on the board. */
    public void stop() {
        if (workshop == null) {
            return;
        }
        try {
            hearing.close();
        } catch (Exception e) {
            // Removing a listener cannot fail.
        }
        workshop.close();
        server.close();
        workshop = null;
        server = null;
        link.set(null);
        session.set(null);
        sharing.set(false);
    }

    /** The room's controls while sharing; empty otherwise. */
    public Optional<Workshop> workshop() {
        return Optional.ofNullable(workshop);
    }

    public ReadOnlyBooleanProperty sharingProperty() {
        return sharing.getReadOnlyProperty();
    }

    /** The participants' link while sharing, else null. */
    public ReadOnlyObjectProperty<URI> linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** The room as the pages show it, while sharing; else null. */
    public ReadOnlyObjectProperty<SessionView> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The facilitator's link (for a second screen), while sharing. */
    public Optional<URI> facilitatorLink() {
        return server == null ? Optional.empty() : Optional.of(server.facilitatorLink());
    }
}
