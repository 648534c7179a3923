package org.eventstorm.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.eventstorm.app.theme.Fonts;
import org.eventstorm.app.window.MainWindow;
import org.eventstorm.app.window.Windows;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.edit.AddComment;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.EditBoundary;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.edit.MarkPivotal;
import org.eventstorm.model.sticky.Comment;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.BoardFolders;

/**
 * Takes the README's screenshots of the real window: run under Xvfb at 1600x1000 by {@code src/site/screenshots.sh}.
 * Opens a copy of the order-fulfillment sample, then for each step arranges the window and captures the screen.
 */
public final class ScreenshotTour {
    private static Path output;

    private ScreenshotTour() {
    }

    /** Not an Application itself, so that JavaFX on the class path starts without the launcher's module check. */
    public static void main(String[] args) throws java.util.prefs.BackingStoreException {
        output = Path.of(args.length > 0 ? args[0] : "src/site/resources/images");
        String preferences = System.getProperty("eventstorm.preferences");
        if (preferences != null) {
            // the tour's own settings start empty, or the welcome shot lists the boards of every tour run before
            java.util.prefs.Preferences.userRoot().node(preferences).removeNode();
        }
        Application.launch(Tour.class, args);
    }

    /** The tour as a JavaFX application. */
    public static final class Tour extends Application {
        private final List<Runnable> steps = new ArrayList<>();
        private MainWindow window;

        @Override
        public void start(Stage stage) throws Exception {
            Fonts.load();
            Windows windows = EventStormApp.injector().getInstance(Windows.class);
            windows.theme().choiceProperty().set(org.eventstorm.app.theme.ThemeChoice.LIGHT);
            windows.theme().apply();
            Path board = BoardFolders.copyOfSample("order-fulfillment", Files.createTempDirectory("tour"));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            window = windows.show(stage, windows.documents().open(board));
            steps.add(() -> {
                window.canvasModel().zoomToFit();
                window.canvasModel().clearSelection();
            });
            steps.add(() -> capture(stage, "window-overview.png"));
            // what a facilitator projects: View > Projector View on a 1920 x 1080 screen
            // (a screen without a window manager keeps the window's size when it goes full screen: the screen's, then)
            steps.add(() -> {
                stage.setWidth(1920);
                stage.setHeight(1080);
                window.toggleProjectorView();
            });
            steps.add(() -> {});
            steps.add(() -> capture(stage, "window-projector.png"));
            steps.add(() -> window.toggleProjectorView());
            steps.add(() -> {
                stage.setWidth(1600);
                stage.setHeight(1000);
            });
            steps.add(() -> window.canvasModel().zoomToFit());
            steps.add(() -> {
                StickyId placed = StickyId.parse("events/order-placed").orElseThrow();
                window.document().apply(new MarkPivotal(List.of(placed, StickyId.parse("events/order-shipped").orElseThrow())));
                window.document().apply(EditBoundary.add(new Boundary(1480, "Fulfilment begins")));
                window.document().apply(new AddComment(placed, new Comment("Ana", "2026-12-01", "Is this the same as Order Submitted?")));
                window.document().apply(new AddComment(placed, new Comment("Ben", "2026-12-01", "Yes: one name for it")));
                window.document().apply(AddSticky.at(StickyKind.NOTE.create("Parking lot: who pays return shipping?").with(Field.COLOR, Text.of("teal")),
                        new Geometry(2720, 1600, 200, 110)));
                window.canvasModel().zoomToFit();
            });
            steps.add(() -> capture(stage, "window-marks.png"));
            steps.add(() -> {
                for (int i = 0; i < 5; i++) {
                    window.document().undo();
                }
            });
            for (Level level : List.of(Level.BIG_PICTURE, Level.PROCESS)) {
                steps.add(() -> window.document().apply(new EditSettings(window.document().board().settings().withLevel(level))));
                steps.add(() -> capture(stage, "window-" + level.word() + ".png"));
                steps.add(() -> window.document().undo());
            }
            steps.add(() -> window.canvasModel().flyTo(StickyId.parse("commands/reserve-inventory").orElseThrow()));
            steps.add(() -> capture(stage, "window-detail.png"));
            steps.add(() -> {
                window.canvasModel().clearSelection();
                window.canvasModel().zoomToFit();
                window.sagaModel().chosenProperty().set(window.sagaModel().sagas().get(0).id());
                window.showSagas();
            });
            steps.add(() -> capture(stage, "window-saga.png"));
            steps.add(() -> {
                windows.theme().choiceProperty().set(org.eventstorm.app.theme.ThemeChoice.DARK);
                window.canvasModel().highlighted().clear();
                window.canvasModel().zoomToFit();
                window.find();
                ((javafx.scene.control.TextField) stage.getScene().lookup("#search-field")).setText("payment");
            });
            steps.add(() -> capture(stage, "window-dark.png"));
            steps.add(() -> {
                ((javafx.scene.control.TextField) stage.getScene().lookup("#search-field")).setText("");
                window.canvasModel().highlighted().clear();
                window.present();
            });
            steps.add(() -> {
                Stage shown = presentation();
                for (int i = 0; i < 5; i++) {
                    javafx.event.Event.fireEvent(shown.getScene().getRoot(), new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                            "", "", javafx.scene.input.KeyCode.RIGHT, false, false, false, false));
                }
            });
            steps.add(() -> capture(presentation(), "window-presentation.png"));
            steps.add(() -> {
                presentation().close();
                windows.theme().choiceProperty().set(org.eventstorm.app.theme.ThemeChoice.LIGHT);
            });
            steps.add(() -> {
                ((org.eventstorm.app.search.SearchBar) stage.getScene().lookup("#search-bar")).hide();
                window.sagaModel().chosenProperty().set(null);
                window.canvasModel().clearSelection();
                window.canvasModel().zoomToFit();
                window.inviteParticipants();
                TourParticipants.write(window.shared().linkProperty().get());
            });
            steps.add(() -> {
                window.shared().workshop().orElseThrow().setPhase("Chaotic exploration", 15);
                TourParticipants.phone(window.shared().linkProperty().get(), output.resolve("workshop-phone.png"), List.of());
            });
            steps.add(() -> {});
            steps.add(() -> {});
            steps.add(() -> {
                Stage room = workshopWindow();
                room.setX(0);
                room.setY(0);
                room.sizeToScene();
            });
            steps.add(() -> capture(workshopWindow(), "window-workshop.png"));
            steps.add(() -> {
                workshopWindow().hide();
                window.stage().toFront();
                window.canvasModel().zoomToFit();
            });
            steps.add(() -> capture(stage, "window-workshop-board.png"));
            steps.add(() -> window.shared().stop());
            Stage versions = new Stage();
            steps.add(() -> {
                try {
                    Path registration = BoardFolders.copyOfSample("user-registration", Files.createTempDirectory("tour"));
                    versions.setX(0);
                    versions.setY(0);
                    versions.setWidth(1600);
                    versions.setHeight(1000);
                    MainWindow second = windows.show(versions, windows.documents().open(registration));
                    window.stage().hide();
                    window = second;
                    StickyId event = StickyId.parse("events/user-registered").orElseThrow();
                    window.canvasModel().zoomToFit();
                    window.canvasModel().selectOnly(List.of(event));
                    window.showVersions(event);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            steps.add(() -> capture(versions, "window-versions.png"));
            steps.add(() -> window.versions().showStrategy(DefinitionId.of(DefinitionKind.STRATEGY, "user-registered-single-writer-strategy")));
            steps.add(() -> capture(versions, "window-strategies.png"));
            Stage welcome = new Stage();
            steps.add(() -> {
                windows.theme().choiceProperty().set(org.eventstorm.app.theme.ThemeChoice.LIGHT);
                welcome.setX(0);
                welcome.setY(0);
                try {
                    Path team = Files.createTempDirectory("workshops");
                    for (String name : List.of("returns-process", "payments-big-picture", "user-registration", "order-fulfillment")) {
                        Path folder = BoardFolders.copy(BoardFolders.SAMPLES.resolve(name.equals("user-registration") ? name : "order-fulfillment"),
                                team.resolve(name));
                        windows.documents().remember(folder);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                org.eventstorm.app.window.WelcomeWindow.show(welcome, windows);
            });
            steps.add(() -> capture(welcome, "window-welcome.png"));
            steps.add(() -> {
                welcome.hide();
                window.stage().hide();
                Platform.exit();
            });
            next(0);
        }

        private static Stage workshopWindow() {
            return (Stage) javafx.stage.Window.getWindows().stream().filter(each -> each instanceof Stage shown && shown.isShowing()
                    && shown.getTitle() != null && shown.getTitle().startsWith("Workshop")).findFirst().orElseThrow();
        }

        private static Stage presentation() {
            return (Stage) javafx.stage.Window.getWindows().stream().filter(each -> each instanceof Stage shown && shown.isShowing()
                    && shown.getTitle() != null && shown.getTitle().endsWith("Presentation")).findFirst().orElseThrow();
        }

        private void next(int index) {
            if (index >= steps.size()) {
                return;
            }
            PauseTransition pause = new PauseTransition(Duration.millis(1200));
            pause.setOnFinished(event -> {
                steps.get(index).run();
                next(index + 1);
            });
            pause.play();
        }

        private static void capture(Stage stage, String name) {
            WritableImage image = new Robot().getScreenCapture(null, stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            try {
                Files.createDirectories(output);
                File file = output.resolve(name).toFile();
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
                System.out.println("wrote " + file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
