package org.eventstorm.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FrontMatterEntry;
import org.eventstorm.model.sticky.Section;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyContent;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Makes a sticky another kind (an orange note that should have been a blue one), in place, one undo step. Its name,
 * notes and every field both kinds have are kept; a section only the old kind has is kept as a section of its own
 * title; keys the tool does not know are kept. A filled-in key only the old kind has (an event's {@code schema}) would
 * be lost, so the change is refused and says which.
 */
public record ChangeKind(StickyId id, StickyKind kind) implements Edit {
    public ChangeKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String description(Board board) {
        return "Make " + Stickies.quoted(board, id) + " a " + kind.title();
    }

    /** The id the sticky has after the change, on {@code board} as it is before it. */
    public StickyId newId(Board board) {
        return id.kind() == kind ? id : board.newId(kind, board.get(id).name());
    }

    @Override
    public void perform(EditSession session) {
        Board board = session.board();
        Sticky sticky = Stickies.require(board, id);
        if (id.kind() == kind) {
            throw new EditRefused(Stickies.quoted(board, id) + " is already a " + kind.title());
        }
        Sticky changed = kind.wrap(content(sticky));
        StickyId next = newId(board);
        var place = board.geometry(id).orElse(null);
        if (place != null) {
            session.apply(new Change.GeometryChange(id, place, null));
        }
        session.apply(new Change.StickyChange(id, sticky, null));
        session.apply(new Change.StickyChange(next, null, changed));
        if (place != null) {
            session.apply(new Change.GeometryChange(next, null, place));
        }
    }

    private StickyContent content(Sticky sticky) {
        StickyContent old = sticky.content();
        StickyContent content = StickyContent.newFor(kind, sticky.name()).withIntro(old.intro());
        List<String> lost = new ArrayList<>();
        List<FrontMatterEntry> unknown = new ArrayList<>();
        for (FrontMatterEntry entry : old.frontMatter()) {
            if (entry instanceof FrontMatterEntry.Known known) {
                Field field = known.field();
                if (field == Field.TYPE || field == Field.NAME || field == Field.COLOR) {
                    continue;
                }
                if (kind.has(field)) {
                    content = content.with(kind, field, known.value());
                } else if (!known.value().isEmpty()) {
                    lost.add(field.label());
                }
            } else {
                unknown.add(entry);
            }
        }
        if (!lost.isEmpty()) {
            throw new EditRefused("A " + kind.title() + " has no " + String.join(", ", lost) + ", which '" + sticky.name()
                    + "' fills in; empty " + (lost.size() == 1 ? "it" : "them") + " first, so that nothing written is lost");
        }
        List<FrontMatterEntry> entries = new ArrayList<>(content.frontMatter());
        entries.addAll(unknown);
        List<Section> sections = new ArrayList<>();
        for (Section section : old.sections()) {
            if (section instanceof Section.Known known && kind.has(known.field())) {
                continue; // set below, where the new kind's template puts it
            }
            if (section instanceof Section.Known known && known.body().isEmpty()) {
                continue; // an empty heading of the old template
            }
            sections.add(section instanceof Section.Known known ? new Section.Unknown(known.title(), known.body()) : section);
        }
        StickyContent result = new StickyContent(entries, content.intro(), content.sections());
        for (Section section : old.sections()) {
            if (section instanceof Section.Known known && kind.has(known.field())) {
                result = result.with(kind, known.field(), known.body());
            }
        }
        List<Section> all = new ArrayList<>(result.sections());
        all.addAll(sections);
        return new StickyContent(result.frontMatter(), result.intro(), all);
    }
}
