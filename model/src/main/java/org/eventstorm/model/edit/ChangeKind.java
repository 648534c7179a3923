package org.eventstorm.model.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FrontMatterEntry;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Section;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyContent;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Makes a sticky another kind (an orange note that should have been a blue one), in place, one undo step; never
 * refused for what it holds. Its name, notes and every field both kinds have are kept; a filled-in key or section only
 * the old kind has (an event's {@code schema}, its Data Carried) stays in the file as written, an unknown key or
 * section of the new kind, and is read as its own again when the sticky is changed back.
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
        List<FrontMatterEntry> kept = new ArrayList<>();
        for (FrontMatterEntry entry : old.frontMatter()) {
            if (entry instanceof FrontMatterEntry.Known known) {
                Field field = known.field();
                if (field == Field.TYPE || field == Field.NAME || field == Field.COLOR) {
                    continue;
                }
                if (kind.has(field)) {
                    content = content.with(kind, field, known.value());
                } else if (!known.value().isEmpty()) {
                    kept.add(new FrontMatterEntry.Held(field, known.value()));
                }
            } else if (entry instanceof FrontMatterEntry.Held held && kind.has(held.field())) {
                content = content.with(kind, held.field(), held.value());
            } else {
                kept.add(entry);
            }
        }
        List<FrontMatterEntry> entries = new ArrayList<>(content.frontMatter());
        entries.addAll(kept);
        StickyContent result = new StickyContent(entries, content.intro(), content.sections());
        List<Section> keptSections = new ArrayList<>();
        for (Section section : old.sections()) {
            Optional<Field> field = section instanceof Section.Known known ? Optional.of(known.field())
                    : Field.sectionTitle(section.title()).filter(kind::has);
            if (field.isPresent() && kind.has(field.get())) {
                Markdown body = section instanceof Section.Known known ? known.body() : ((Section.Unknown) section).body();
                // where the new kind's template puts it; an empty heading of the old template is dropped
                result = result.with(kind, field.get(), body);
            } else if (!(section instanceof Section.Known known && known.body().isEmpty())) {
                keptSections.add(section instanceof Section.Known known ? new Section.Unknown(known.title(), known.body()) : section);
            }
        }
        List<Section> all = new ArrayList<>(result.sections());
        all.addAll(keptSections);
        return new StickyContent(result.frontMatter(), result.intro(), all);
    }
}
