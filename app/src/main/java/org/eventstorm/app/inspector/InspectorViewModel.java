package org.eventstorm.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import org.eventstorm.app.canvas.CanvasViewModel;
import org.eventstorm.app.document.BoardDocument;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.edit.AddComment;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.EditIntro;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Comment;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;

/** What the inspector edits: the focused sticky's fields, or the board's settings; every change is one edit. */
public final class InspectorViewModel {
    private final BoardDocument document;
    private final CanvasViewModel canvas;
    private final Consumer<StickyId> openVersions;

    /**
     * @param openVersions opens the versions panel on an event
     */
    public InspectorViewModel(BoardDocument document, CanvasViewModel canvas, Consumer<StickyId> openVersions) {
        this.document = document;
        this.canvas = canvas;
        this.openVersions = openVersions;
    }

    /** Opens the versions panel on the shown event. */
    public void openVersions() {
        StickyId id = canvas.focusedProperty().get();
        if (id != null && id.kind() == StickyKind.EVENT) {
            openVersions.accept(id);
        }
    }

    public BoardDocument document() {
        return document;
    }

    public ObjectProperty<StickyId> shownProperty() {
        return canvas.focusedProperty();
    }

    /** The field a finding sent the person to. */
    public ObjectProperty<Field> focusedFieldProperty() {
        return canvas.focusedFieldProperty();
    }

    public Optional<Sticky> shown() {
        return canvas.focusedSticky();
    }

    /** Sets a field of the shown sticky; an unchanged value is not an edit. */
    public void set(Field field, FieldValue value) {
        StickyId id = canvas.focusedProperty().get();
        if (id == null || !document.board().contains(id)) {
            return;
        }
        Sticky sticky = document.board().get(id);
        if (sticky.get(field).orElse(field.emptyValue()).equals(value)) {
            return;
        }
        canvas.apply(new EditField(id, field, value));
    }

    /** Adds a comment by the person at this machine, dated today, to the shown sticky: one undo step. */
    public void comment(String text) {
        StickyId id = canvas.focusedProperty().get();
        if (id != null && document.board().contains(id) && !text.isBlank()) {
            canvas.apply(new AddComment(id, new Comment(commenter(), document.today().toString(), text)));
        }
    }

    /** Who comments from this app: the name the operating system knows the person by. */
    static String commenter() {
        String name = System.getProperty("user.name", "").strip();
        return name.isEmpty() ? "Facilitator" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public void setIntro(Markdown intro) {
        StickyId id = canvas.focusedProperty().get();
        if (id != null && document.board().contains(id) && !document.board().get(id).intro().equals(intro)) {
            canvas.apply(new EditIntro(id, intro));
        }
    }

    public void rename(String name) {
        StickyId id = canvas.focusedProperty().get();
        if (id != null) {
            canvas.rename(id, name);
        }
    }

    public void setSettings(BoardSettings settings) {
        if (!document.board().settings().equals(settings)) {
            canvas.apply(new EditSettings(settings));
        }
    }

    /** Names to offer while typing a field: the stickies it may name, or the board's contexts. */
    public List<String> completions(Field field, StickyKind owner) {
        List<String> names = new ArrayList<>();
        if (field == Field.CONTEXT) {
            document.board().settings().contexts().stream().map(BoundedContext::name).forEach(names::add);
            return names;
        }
        for (LinkRule rule : LinkRule.ownedBy(owner)) {
            if (rule.field() == field) {
                document.board().stickies().forEach((id, sticky) -> {
                    if (rule.referencedKinds().contains(id.kind())) {
                        names.add(sticky.name());
                    }
                });
            }
        }
        return names.stream().distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    public List<Finding> findings() {
        StickyId id = canvas.focusedProperty().get();
        return id == null ? List.of() : document.findingsOn(id);
    }

    public List<Fix> fixes(Finding finding) {
        return document.validator().fixesFor(finding);
    }

    public void apply(Fix fix) {
        canvas.apply(fix.edit());
    }

    public int lineOf(Field field) {
        StickyId id = canvas.focusedProperty().get();
        return id == null ? 1 : document.lineOf(id, field);
    }
}
