package org.eventstorm.app.present;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eventstorm.app.canvas.BoardCanvas;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.notice.Notices;
import org.eventstorm.render.BoardTheme;

/**
 * Presentation mode: the board full screen, walking the timeline. Right, Space, Page Down and Enter go forward; Left,
 * Page Up and Backspace go back; Home and End jump; Escape leaves. Nothing can be edited here.
 */
public final class PresentationWindow {
    private final Stage stage = new Stage();
    private final PresentationViewModel model;

    /** Between the caption band and the bottom of the screen. */
    private static final double BAND_MARGIN = 36;

    private PresentationWindow(BoardDocument document, Window owner, BoardTheme theme) {
        CanvasViewModel canvasModel = new CanvasViewModel(document, new Notices());
        this.model = new PresentationViewModel(canvasModel);
        BoardCanvas canvas = new BoardCanvas(canvasModel);
        canvas.setId("presentation-canvas");
        canvas.themeProperty().set(theme);
        canvas.setMouseTransparent(true);
        // The caption numbers the steps as the ruler does: one numbering on screen is enough.
        canvas.setRulerShown(false);

        Label counter = new Label();
        counter.setId("presentation-counter");
        counter.getStyleClass().add("presentation-counter");
        counter.textProperty().bind(model.counter());
        Label caption = new Label();
        caption.setId("presentation-caption");
        caption.getStyleClass().add("presentation-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(model.caption());
        Label hint = new Label("\u2190 \u2192  step    Esc  leave");
        hint.getStyleClass().add("presentation-hint");
        VBox band = new VBox(4, counter, caption, hint);
        band.getStyleClass().add("presentation-band");
        band.setPadding(new Insets(14, 28, 14, 28));
        band.setMaxHeight(VBox.USE_PREF_SIZE);
        band.setMaxWidth(1100);
        band.setMouseTransparent(true);
        StackPane root = new StackPane(canvas, band);
        root.getStyleClass().add("presentation");
        StackPane.setAlignment(band, Pos.BOTTOM_CENTER);
        StackPane.setMargin(band, new Insets(0, 0, BAND_MARGIN, 0));
        band.heightProperty().addListener((observable, was, now) -> model.captionRoomProperty().set(
                Math.max(PresentationViewModel.CAPTION_ROOM, now.doubleValue() + BAND_MARGIN + 24)));

        Scene scene = new Scene(root, 1600, 1000);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(model.title() + " \u2014 Presentation");
        stage.setOnHidden(event -> canvas.detach());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    }

    /** Opens the presentation of a board's timeline on its first step; false when the board has no flow to tell. */
    public static boolean open(BoardDocument document, Window owner, BoardTheme theme, Notices notices) {
        PresentationWindow window = new PresentationWindow(document, owner, theme);
        if (!window.model.hasSteps()) {
            notices.problem("Nothing to present yet: link an actor to a command and the command to the event it produces");
            return false;
        }
        window.stage.setFullScreen(true);
        window.stage.show();
        Platform.runLater(window.model::first);
        return true;
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        switch (code) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER -> model.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> model.previous();
            case HOME -> model.first();
            case END -> model.last();
            case ESCAPE -> stage.close();
            default -> {
                // every other key is swallowed: nothing is edited while presenting
            }
        }
        event.consume();
    }
}
