package org.eventstorm.model.edit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.board.EditSession;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyContent;
import org.eventstorm.model.sticky.StickyId;

/**
 * Renames a sticky as a refactoring, in one undo step: the name changes, the file moves to the new name's slug,
 * and every reference that named this sticky (and only this one) is rewritten, notes and emphasis kept; sagas that
 * name it follow too.
 */
public record RenameSticky(StickyId id, String newName) implements Edit {
    public RenameSticky {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public String description(Board board) {
        return "Rename " + Stickies.quoted(board, id) + " to '" + newName.strip() + "'";
    }

    @Override
    public void perform(EditSession session) {
        Board board = session.board();
        Sticky old = Stickies.require(board, id);
        try {
            StickyContent.requireValidName(newName);
        } catch (IllegalArgumentException e) {
            throw new EditRefused("The new name is not usable: " + e.getMessage());
        }
        String name = newName.strip();
        if (name.equals(old.name())) {
            return;
        }
        Map<StickyId, Sticky> rewritten = rewriteReferences(board, name);
        Sticky renamed = rewritten.getOrDefault(id, old).withName(name);
        StickyId newId = idFor(board, name);
        if (newId.equals(id)) {
            session.apply(new Change.StickyChange(id, old, renamed));
        } else {
            Geometry place = board.geometry(id).orElse(null);
            if (place != null) {
                session.apply(new Change.GeometryChange(id, place, null));
            }
            session.apply(new Change.StickyChange(id, old, null));
            session.apply(new Change.StickyChange(newId, null, renamed));
            if (place != null) {
                session.apply(new Change.GeometryChange(newId, null, place));
            }
        }
        rewritten.forEach((other, sticky) -> {
            if (!other.equals(id)) {
                session.apply(new Change.StickyChange(other, board.get(other), sticky));
            }
        });
        new TreeMap<>(board.definitions()).forEach((definitionId,
                definition) -> session.apply(new Change.DefinitionChange(definitionId, definition, definition.renamed(id.kind(), old.name(), name))));
    }

    /** Every sticky whose references name this one alone, with those references rewritten. */
    private Map<StickyId, Sticky> rewriteReferences(Board board, String name) {
        ReferenceResolver resolver = new ReferenceResolver(board);
        Map<StickyId, Sticky> rewritten = new TreeMap<>();
        board.stickies().forEach((otherId, other) -> {
            if (LinkRule.ownedBy(other.kind()).stream().noneMatch(rule -> rule.referencedKinds().contains(id.kind()))) {
                return;
            }
            Sticky updated = other;
            for (ResolvedReference reference : resolver.referencesOf(otherId, other)) {
                if (reference.targets().size() == 1 && reference.targets().get(0).equals(id)) {
                    updated = ReferenceFields.rewrite(updated, reference.field(), reference.index(), reference.reference().renamedTo(name));
                }
            }
            if (updated != other) {
                rewritten.put(otherId, updated);
            }
        });
        return rewritten;
    }

    /** The id the renamed sticky should have: its slug, suffixed if another sticky holds it. */
    private StickyId idFor(Board board, String name) {
        String slug = Slug.of(name);
        StickyId candidate = StickyId.of(id.kind(), slug);
        for (int n = 2; !candidate.equals(id) && board.isTaken(candidate); n++) {
            candidate = StickyId.of(id.kind(), slug + "-" + n);
        }
        return candidate;
    }
}
