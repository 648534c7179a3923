package org.eventstorm.app.inspector;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.eventstorm.model.sticky.Comment;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FrontMatterEntry;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Names;
import org.eventstorm.model.sticky.NoteColors;
import org.eventstorm.model.sticky.Retry;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.Section;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.sticky.Versions;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;

/** The inspector for one sticky: its findings, its name, every key and section of its kind's template. */
final class StickyPanel extends VBox {
    private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");
    private static final List<String> STATUSES = List.of("open", "resolved");
    private static final List<String> BACKOFFS = List.of("exponential", "linear", "fixed");

    private final InspectorViewModel model;
    private final Sticky sticky;
    private final VBox findingsBox = new VBox(6);
    private final VBox commentList = new VBox(6);
    private final StickyId id;

    StickyPanel(InspectorViewModel model, StickyId id, Sticky sticky) {
        this.model = model;
        this.sticky = sticky;
        this.id = id;
        getStyleClass().add("sticky-panel");
        setSpacing(10);
        setPadding(new Insets(12));
        getChildren().add(header(id));
        findingsBox.getStyleClass().add("finding-box");
        findingsBox.setId("sticky-findings");
        findingsBox.managedProperty().bind(findingsBox.visibleProperty());
        getChildren().add(findingsBox);
        refreshFindings();
        getChildren().add(labelled("Name", "name", new CompletingTextField(sticky.name(), null, model::rename)));
        for (Field field : sticky.kind().frontMatterFields()) {
            // A workshop's author and votes are shown where a workshop wrote them, not as empty fields on every sticky.
            boolean workshopOnly = (field == Field.AUTHOR || field == Field.VOTES) && sticky.get(field).isEmpty();
            // a free note's colour is its own to choose; every other kind has its kind's
            boolean colour = field == Field.COLOR && sticky.kind() == StickyKind.NOTE;
            if (field != Field.TYPE && field != Field.NAME && (field != Field.COLOR || colour) && !workshopOnly && belongs(field)) {
                getChildren().add(labelled(readable(field.label()), field.label(), editor(field)));
            }
        }
        TextArea intro = markdownArea(sticky.intro(), model::setIntro);
        intro.setPromptText("Notes under the title");
        getChildren().add(labelled("Introduction", "intro", intro));
        for (Field field : sticky.kind().templateSections()) {
            if (belongs(field)) {
                getChildren().add(labelled(field.label(), field.label(), editor(field)));
            }
        }
        getChildren().add(labelled("Comments", Field.COMMENTS.label(), comments()));
        Node kept = keptContent();
        if (kept != null) {
            getChildren().add(kept);
        }
    }

    /**
     * True when the field is filled in at the board's level (no event type or schema at big picture), or already
     * holds something: what a person wrote is always shown.
     */
    private boolean belongs(Field field) {
        return model.document().board().settings().level().has(field) || sticky.get(field).filter(value -> !value.isEmpty()).isPresent();
    }

    private Node header(StickyId id) {
        Rectangle chip = new Rectangle(14, 14, Color.web(NoteColors.ownHex(sticky).orElse(sticky.kind().hex())));
        chip.setArcWidth(4);
        chip.setArcHeight(4);
        Label kind = new Label(sticky.kind().title().toUpperCase(Locale.ROOT));
        kind.getStyleClass().add("panel-title");
        Label file = new Label(id.fileName());
        file.getStyleClass().add("hint");
        HBox line = new HBox(8, chip, kind);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, line, file);
    }

    /** Shows the sticky's findings as they are now; called whenever the validator's verdict changes, even while typing. */
    void refreshFindings() {
        List<Finding> findings = model.findings();
        VBox box = findingsBox;
        box.getChildren().clear();
        box.setVisible(!findings.isEmpty());
        for (Finding finding : findings) {
            Circle dot = new Circle(4.5);
            dot.getStyleClass().add("severity-" + finding.severity().word());
            Label message = new Label(finding.message());
            message.setWrapText(true);
            HBox.setHgrow(message, Priority.ALWAYS);
            HBox line = new HBox(7, dot, message);
            line.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(line);
            for (Fix fix : model.fixes(finding)) {
                Button apply = new Button(fix.label());
                apply.getStyleClass().addAll("small", "fix-button");
                apply.setOnAction(event -> model.apply(fix));
                box.getChildren().add(apply);
            }
        }
    }

    private Node editor(Field field) {
        return switch (field.shape()) {
            case TEXT -> textEditor(field);
            case NAMES -> new ListEditor(sticky.content().names(field), completions(field), names -> model.set(field, new Names(names)));
            case SCHEMA -> hasVersionList() ? schemaPerVersion()
                    : SchemaEditor.of("schema", sticky.content().schema(field), fields -> model.set(field, new SchemaFields(fields)));
            case VERSIONS -> versions();
            case RETRY -> retryEditor(field);
            case LIST -> {
                Markdown body = sticky.content().markdown(field);
                yield body.isPlainList()
                        ? new ListEditor(body.items(), completions(field), items -> model.set(field, Markdown.list(items)))
                        : markdownArea(body, markdown -> model.set(field, markdown));
            }
            case PROSE -> markdownArea(sticky.content().markdown(field), markdown -> model.set(field, markdown));
        };
    }

    private Node textEditor(Field field) {
        String current = sticky.content().text(field).orElse("");
        if (field == Field.PIVOTAL) {
            CheckBox pivotal = new CheckBox("A turning point of the story");
            pivotal.setSelected(current.strip().equalsIgnoreCase("true"));
            pivotal.selectedProperty().addListener((observable, was, now) -> model.set(field, Text.of(now ? "true" : "")));
            return pivotal;
        }
        if (field == Field.COLOR) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(NoteColors.words());
            choice.setEditable(true);
            choice.setValue(current.isEmpty() ? null : current);
            choice.setPromptText("a colour or #RRGGBB");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().addListener((observable, was, now) -> model.set(field, Text.of(now == null ? "" : now.strip())));
            return choice;
        }
        if (field == Field.SEVERITY || field == Field.STATUS) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(field == Field.SEVERITY ? SEVERITIES : STATUSES);
            if (!current.isEmpty() && !choice.getItems().contains(current)) {
                choice.getItems().add(current);
            }
            choice.setValue(current.isEmpty() ? null : current);
            choice.setPromptText(field == Field.STATUS ? "open" : "choose");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().addListener((observable, was, now) -> model.set(field, Text.of(now == null ? "" : now)));
            return choice;
        }
        return new CompletingTextField(current, completions(field), text -> model.set(field, Text.of(text.strip())));
    }

    /** What people remarked on the sticky (who, when, what), and a line to add a remark: Enter adds it, dated today. */
    private Node comments() {
        VBox box = new VBox(6);
        box.getChildren().add(commentList);
        commentList.setId("comment-list");
        showComments(sticky);
        TextField adding = new TextField();
        adding.setId("comment-add");
        adding.setPromptText("Add a comment\u2026");
        adding.setOnAction(event -> {
            String text = adding.getText();
            adding.clear();
            model.comment(text);
        });
        box.getChildren().add(adding);
        return box;
    }

    /** Shows the sticky's comments as they are now; called after every edit, even while the cursor is in the panel. */
    void refreshComments() {
        model.document().board().sticky(id).ifPresent(this::showComments);
    }

    private void showComments(Sticky current) {
        commentList.getChildren().clear();
        for (Comment comment : current.comments()) {
            Label who = new Label(comment.author().isEmpty() ? "Someone" : comment.author());
            who.getStyleClass().add("comment-author");
            Label when = new Label(comment.date());
            when.getStyleClass().add("hint");
            Label what = new Label(comment.text());
            what.setWrapText(true);
            what.getStyleClass().add("comment-text");
            HBox heading = new HBox(8, who, when);
            heading.setAlignment(Pos.BASELINE_LEFT);
            VBox one = new VBox(2, heading, what);
            one.getStyleClass().add("comment");
            commentList.getChildren().add(one);
        }
    }

    private Node retryEditor(Field field) {
        Retry retry = sticky.content().get(field).map(Retry.class::cast).orElse(Retry.EMPTY);
        Spinner<Integer> attempts = new Spinner<>(0, 50, retry.maxAttempts());
        attempts.setPrefWidth(96);
        attempts.setMinWidth(96);
        attempts.setEditable(true);
        ComboBox<String> backoff = new ComboBox<>();
        backoff.getItems().setAll(BACKOFFS);
        backoff.setEditable(true);
        backoff.setValue(retry.backoff().isEmpty() ? null : retry.backoff());
        backoff.setPromptText("backoff");
        backoff.setMinWidth(120);
        backoff.setPrefWidth(140);
        Runnable commit = () -> model.set(field, new Retry(attempts.getValue(), backoff.getValue() == null ? "" : backoff.getValue().strip(),
                retry.extra()));
        attempts.valueProperty().addListener(o -> commit.run());
        backoff.valueProperty().addListener(o -> commit.run());
        Label times = new Label("attempts");
        times.setMinWidth(Label.USE_PREF_SIZE);
        // Wraps the backoff below the attempts when the inspector is narrow, rather than running past its edge.
        FlowPane row = new FlowPane(8, 6, attempts, times, backoff);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWrapLength(200);
        return row;
    }

    private boolean hasVersionList() {
        return sticky.content().get(Field.VERSIONS).map(value -> !((Versions) value).isEmpty()).orElse(false);
    }

    /** An event with a versions list has its fields per version, edited in the versions panel. */
    private Node schemaPerVersion() {
        Label hint = new Label("Each version has its own fields: see Versions.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private Node versions() {
        List<EventVersion> versions = sticky.content().get(Field.VERSIONS).map(value -> ((Versions) value).versions()).orElse(List.of());
        Label summary = new Label(versions.isEmpty() ? "One version (see version and schema)"
                : versions.stream().map(v -> v.version() + (v.status().isEmpty() ? "" : " (" + v.status()
                        + (v.sunsetDate().isEmpty() ? "" : ", sunset " + v.sunsetDate()) + ")")).collect(Collectors.joining(", ")));
        summary.setWrapText(true);
        summary.getStyleClass().add("hint");
        Button open = new Button(versions.isEmpty() ? "Add a Version\u2026" : "Open Versions\u2026");
        open.setId("inspector-open-versions");
        open.getStyleClass().add("small");
        open.setOnAction(event -> model.openVersions());
        return new VBox(6, summary, open);
    }

    private Supplier<List<String>> completions(Field field) {
        return () -> model.completions(field, sticky.kind());
    }

    private static TextArea markdownArea(Markdown body, Consumer<Markdown> commit) {
        TextArea area = new TextArea(body.source());
        area.setWrapText(true);
        area.setPrefRowCount(Math.max(2, Math.min(8, (int) body.source().lines().count() + 1)));
        String[] committed = {body.source()};
        area.focusedProperty().addListener((observable, was, now) -> {
            if (!now && !area.getText().equals(committed[0])) {
                committed[0] = area.getText();
                commit.accept(Markdown.of(area.getText()));
            }
        });
        return area;
    }

    /** Keys and sections the template does not have: shown, kept in the file, not edited here. */
    private Node keptContent() {
        List<String> keys = sticky.content().frontMatter().stream().filter(entry -> !(entry instanceof FrontMatterEntry.Known)).map(
                FrontMatterEntry::key).toList();
        List<String> sections = sticky.content().sections().stream().filter(Section.Unknown.class::isInstance).map(Section::title).toList();
        if (keys.isEmpty() && sections.isEmpty()) {
            return null;
        }
        Label text = new Label("Also in the file, kept as written: "
                + String.join(", ", keys.stream().map(key -> key + ":").toList())
                + (keys.isEmpty() || sections.isEmpty() ? "" : ", ")
                + String.join(", ", sections.stream().map(title -> "## " + title).toList()));
        text.setWrapText(true);
        text.getStyleClass().add("hint");
        return text;
    }

    /** A front-matter key as a label: {@code trigger_event} reads "Trigger event". */
    static String readable(String key) {
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Node labelled(String title, String id, Node editor) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        label.setLabelFor(editor);
        editor.setId("field-" + id.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-'));
        VBox box = new VBox(4, label, editor);
        return box;
    }
}
