package org.eventstorm.app.window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.eventstorm.app.about.Version;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.app.document.BoardLocation;
import org.eventstorm.app.theme.StageIcons;

/**
 * The first window when the app starts without a board: the boards opened lately, a new board, a board from disk
 * (a folder, a board.yaml or a .storm file), and the sample to look around in. Opening any of them replaces it.
 */
public final class WelcomeWindow {
    private final Stage stage;
    private final Windows windows;

    private WelcomeWindow(Stage stage, Windows windows) {
        this.stage = stage;
        this.windows = windows;
    }

    /** Shows the welcome screen in {@code stage}. */
    public static WelcomeWindow show(Stage stage, Windows windows) {
        WelcomeWindow welcome = new WelcomeWindow(stage, windows);
        welcome.build();
        return welcome;
    }

    private void build() {
        VBox actions = new VBox(10,
                action("welcome-new", "New Board", "An empty canvas for a big-picture workshop", () -> opened(windows.documents().newEmpty())),
                action("welcome-open", "Open Board\u2026", "A board folder, its board.yaml, or a .storm file", this::openFromDisk),
                action("welcome-sample", "Open the Sample", "The order-fulfillment workshop, to look around in", this::openSample));
        actions.setFillWidth(true);

        ImageView icon = new ImageView();
        StageIcons.showLarge(icon);
        Label name = new Label("EventStorm Studio");
        name.getStyleClass().add("welcome-title");
        Label tagline = new Label("Event Storming boards as plain-text spec folders");
        tagline.getStyleClass().add("hint");
        Label version = new Label("Version " + Version.current());
        version.getStyleClass().add("hint");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox left = new VBox(18, icon, new VBox(4, name, tagline), actions, spacer, version);
        left.setPadding(new Insets(36, 32, 28, 36));
        left.setPrefWidth(420);

        Label recentTitle = new Label("RECENT BOARDS");
        recentTitle.getStyleClass().add("panel-title");
        ListView<Path> recent = new ListView<>();
        recent.setId("welcome-recent");
        List<Path> boards = windows.documents().recent().list();
        recent.getItems().setAll(boards);
        recent.setCellFactory(list -> new RecentCell());
        Label empty = new Label("Boards you open appear here.");
        empty.getStyleClass().add("hint");
        recent.setPlaceholder(empty);
        recent.setOnMouseClicked(event -> {
            if (event.getClickCount() >= 1 && recent.getSelectionModel().getSelectedItem() != null) {
                openFolder(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                openFolder(recent.getSelectionModel().getSelectedItem());
            }
        });
        VBox right = new VBox(10, recentTitle, recent);
        VBox.setVgrow(recent, Priority.ALWAYS);
        right.setPadding(new Insets(36, 36, 28, 24));
        right.getStyleClass().add("welcome-recent");
        HBox.setHgrow(right, Priority.ALWAYS);

        BorderPane root = new BorderPane(new HBox(left, right));
        root.setId("welcome");
        Scene scene = new Scene(root, 940, 560);
        BoardDrop.install(scene, folder -> openWith(() -> Optional.of(folder)));
        scene.getStylesheets().add(WelcomeWindow.class.getResource("/org/eventstorm/app/app.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> opened(windows.documents().newEmpty()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openFromDisk);
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.setTitle("Welcome to EventStorm Studio");
        StageIcons.apply(stage);
        stage.show();
        (boards.isEmpty() ? actions.getChildren().get(0) : recent).requestFocus();
        if (!boards.isEmpty()) {
            recent.getSelectionModel().selectFirst();
        }
    }

    private Button action(String id, String title, String description, Runnable run) {
        Label heading = new Label(title);
        heading.getStyleClass().add("welcome-action-title");
        Label detail = new Label(description);
        detail.getStyleClass().add("hint");
        Button button = new Button(null, new VBox(2, heading, detail));
        button.setId(id);
        button.getStyleClass().add("welcome-action");
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(event -> run.run());
        return button;
    }

    private void openFromDisk() {
        windows.desktop().chooseFolder(stage, "Open a board folder (the one holding board.yaml)", null).ifPresent(this::openFolder);
    }

    private void openSample() {
        openWith(() -> {
            try {
                return Optional.of(windows.documents().sampleFolder());
            } catch (IOException e) {
                Windows.error("Could not copy the sample board", e.getMessage());
                return Optional.empty();
            }
        });
    }

    private void openFolder(Path path) {
        openWith(() -> {
            try {
                return Optional.of(BoardLocation.folderOf(path));
            } catch (IOException e) {
                Windows.error("Could not open " + path, e.getMessage());
                return Optional.empty();
            }
        });
    }

    private void openWith(Supplier<Optional<Path>> folder) {
        folder.get().ifPresent(path -> {
            int before = windows.open().size();
            windows.open(path);
            if (windows.open().size() > before) {
                stage.hide();
            }
        });
    }

    private void opened(BoardDocument document) {
        windows.show(document);
        stage.hide();
    }

    /** A recent board: its folder's name, and where it is. */
    private static final class RecentCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path board, boolean empty) {
            super.updateItem(board, empty);
            if (empty || board == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(board.getFileName() == null ? board.toString() : board.getFileName().toString());
            name.getStyleClass().add("welcome-recent-name");
            Label where = new Label(board.toAbsolutePath().getParent() == null ? "" : board.toAbsolutePath().getParent().toString());
            where.getStyleClass().add("hint");
            StackPane cell = new StackPane(new VBox(1, name, where));
            StackPane.setAlignment(cell.getChildren().get(0), Pos.CENTER_LEFT);
            setGraphic(cell);
            setText(null);
        }
    }
}
