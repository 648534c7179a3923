package org.eventstorm.app.workshop;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.workshop.LanAddress;
import org.eventstorm.workshop.SessionView;
import org.eventstorm.workshop.Workshop;

/**
 * The facilitator's window for a shared board: on the left the join link, large, with its QR code for phones and a
 * Copy button (and the address it is shared on); on the right the room: phase and countdown, the writing lock, the dot
 * vote, and who is connected with how many stickies each wrote.
 */
public final class WorkshopWindow {
    private final Stage stage = new Stage();
    private final SharedBoard shared;
    private final TextField link = new TextField();
    private final ImageView qr = new ImageView();
    private final Label countdown = new Label();
    private final ToggleButton lock = new ToggleButton("Lock Writing");
    private final ListView<SessionView.ParticipantView> people = new ListView<>();
    private final Label voteState = new Label();
    private final Timeline ticking;

    private WorkshopWindow(Window owner, SharedBoard shared, String title) {
        this.shared = shared;
        stage.initOwner(owner);
        stage.setTitle("Workshop \u2014 " + title);
        HBox body = new HBox(28, invite(), room());
        body.setPadding(new Insets(24));
        Scene scene = new Scene(body);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        shared.linkProperty().addListener((observable, was, now) -> showLink(now));
        shared.sessionProperty().addListener((observable, was, now) -> showSession(now));
        showLink(shared.linkProperty().get());
        showSession(shared.sessionProperty().get());
        ticking = new Timeline(new KeyFrame(Duration.millis(250), event -> countdown.setText(Countdown.of(shared.sessionProperty().get(),
                System.currentTimeMillis()))));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
        stage.setOnHidden(event -> ticking.stop());
    }

    /** Shares the board if it is not shared yet, then shows the window; false (after saying why) when sharing failed. */
    public static boolean open(Window owner, SharedBoard shared, String title) {
        if (!shared.sharingProperty().get() && !start(shared, LanAddress.best())) {
            return false;
        }
        WorkshopWindow window = new WorkshopWindow(owner, shared, title);
        window.stage.show();
        return true;
    }

    public Stage stage() {
        return stage;
    }

    private static boolean start(SharedBoard shared, InetAddress address) {
        try {
            shared.start(address, 0);
            return true;
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("The board could not be shared");
            alert.show();
            return false;
        }
    }

    private VBox invite() {
        Label heading = new Label("Invite participants");
        heading.getStyleClass().add("title-3");
        Label how = new Label("On the same network, participants open this link or scan the code. No account, no install.");
        how.setWrapText(true);
        how.setMaxWidth(360);
        link.setId("workshop-link");
        link.setEditable(false);
        link.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        link.setPrefColumnCount(34);
        Button copy = new Button("Copy Link");
        copy.setId("workshop-copy");
        copy.setDefaultButton(true);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(link.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        qr.setId("workshop-qr");
        qr.setFitWidth(300);
        qr.setFitHeight(300);
        ComboBox<InetAddress> address = new ComboBox<>();
        address.setId("workshop-address");
        address.getItems().setAll(LanAddress.candidates());
        address.getSelectionModel().selectFirst();
        address.setOnAction(event -> {
            InetAddress chosen = address.getValue();
            if (chosen != null && shared.linkProperty().get() != null && !shared.linkProperty().get().getHost().equals(chosen.getHostAddress())) {
                start(shared, chosen);
            }
        });
        address.setCellFactory(list -> addressCell());
        address.setButtonCell(addressCell());
        Button facilitator = new Button("Copy Facilitator Link");
        facilitator.setOnAction(event -> shared.facilitatorLink().ifPresent(uri -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(uri.toString());
            Clipboard.getSystemClipboard().setContent(content);
        }));
        Button stop = new Button("Stop Sharing");
        stop.setId("workshop-stop");
        stop.getStyleClass().add("danger");
        stop.setOnAction(event -> {
            shared.stop();
            stage.close();
        });
        Label on = new Label("Shared on");
        HBox addressRow = new HBox(8, on, address);
        addressRow.setAlignment(Pos.CENTER_LEFT);
        VBox column = new VBox(12, heading, how, link, row(copy, facilitator), qr, addressRow, stop);
        column.setMinWidth(440);
        return column;
    }

    private static ListCell<InetAddress> addressCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(InetAddress item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getHostAddress() + (item.isLoopbackAddress() ? "  (this computer only)" : ""));
            }
        };
    }

    private VBox room() {
        Label heading = new Label("Run the room");
        heading.getStyleClass().add("title-3");
        countdown.setId("workshop-countdown");
        countdown.setStyle("-fx-font-size: 26px; -fx-font-weight: bold;");
        ComboBox<String> phase = new ComboBox<>();
        phase.setId("workshop-phase");
        phase.setEditable(true);
        phase.getItems().setAll(Workshop.PHASES);
        phase.getSelectionModel().selectFirst();
        Spinner<Integer> minutes = new Spinner<>(0, 240, 10);
        minutes.setId("workshop-minutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(80);
        Button start = new Button("Start Phase");
        start.setId("workshop-start");
        start.setOnAction(event -> shared.workshop().ifPresent(room -> room.setPhase(phase.getEditor().getText(), minutes.getValue())));
        Button stopTimer = new Button("Stop Timer");
        stopTimer.setOnAction(event -> shared.workshop().ifPresent(room -> room.setTimer(0)));
        lock.setId("workshop-lock");
        lock.setOnAction(event -> shared.workshop().ifPresent(room -> room.setLocked(lock.isSelected())));

        Spinner<Integer> dots = new Spinner<>(1, 20, 3);
        dots.setId("workshop-dots");
        dots.setPrefWidth(70);
        ComboBox<String> on = new ComboBox<>();
        on.setId("workshop-vote-on");
        on.getItems().setAll("on hotspots", "on events", "on any sticky");
        on.getSelectionModel().selectFirst();
        Button open = new Button("Open Vote");
        open.setId("workshop-vote-open");
        open.setOnAction(event -> shared.workshop().ifPresent(room -> room.openVote(dots.getValue(), kinds(on.getValue()))));
        Button close = new Button("Close Vote");
        close.setId("workshop-vote-close");
        close.setOnAction(event -> shared.workshop().ifPresent(Workshop::closeVote));

        people.setId("workshop-people");
        people.setPrefHeight(220);
        people.setPlaceholder(new Label("Nobody has joined yet."));
        people.setCellFactory(list -> new PersonCell());
        Label who = new Label("People");
        who.getStyleClass().add("text-bold");
        VBox column = new VBox(12, heading, countdown, row(phase, minutes, start, stopTimer), row(lock),
                row(new Label("Dot vote:"), dots, on, open, close), voteState, who, people);
        column.setMinWidth(460);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private static Set<StickyKind> kinds(String on) {
        return switch (on) {
            case "on hotspots" -> EnumSet.of(StickyKind.HOTSPOT);
            case "on events" -> EnumSet.of(StickyKind.EVENT);
            default -> EnumSet.noneOf(StickyKind.class);
        };
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showLink(URI uri) {
        link.setText(uri == null ? "" : uri.toString());
        qr.setImage(uri == null ? null : QrCode.of(uri.toString(), 300));
    }

    private void showSession(SessionView session) {
        if (session == null) {
            people.getItems().clear();
            voteState.setText("");
            return;
        }
        people.getItems().setAll(session.participants());
        lock.setSelected(session.locked());
        lock.setText(session.locked() ? "Writing Locked (click to open)" : "Lock Writing");
        SessionView.VoteView vote = session.vote();
        voteState.setText(vote.open() ? "A vote is open: " + vote.dots() + " dots each" + (vote.kinds().isEmpty() ? ", on any sticky"
                : ", on " + String.join(", ", vote.kinds()) + "s") : "");
        countdown.setText(Countdown.of(session, System.currentTimeMillis()));
    }

    /** A participant with their count, and a button to remove them. */
    private final class PersonCell extends ListCell<SessionView.ParticipantView> {
        @Override
        protected void updateItem(SessionView.ParticipantView person, boolean empty) {
            super.updateItem(person, empty);
            if (empty || person == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(person.name() + " \u00b7 " + person.stickies() + (person.stickies() == 1 ? " sticky" : " stickies")
                    + (person.online() ? "" : " \u00b7 away"));
            name.setOpacity(person.online() ? 1 : 0.6);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button remove = new Button("Remove");
            remove.setOnAction(event -> shared.workshop().ifPresent(room -> room.removeParticipant(person.id())));
            HBox line = new HBox(8, name, gap, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(line);
        }
    }
}
