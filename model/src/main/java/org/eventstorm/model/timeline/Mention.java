package org.eventstorm.model.timeline;

import java.util.Objects;
import java.util.Optional;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * One name in a timeline step: a sticky, or a name written only as text where a sticky could stand (a command's
 * {@code actor: Customer} with no actor sticky on the board, as the spec's templates write it).
 *
 * @param sticky empty for a name written only as text
 */
public record Mention(StickyKind kind, String name, Optional<StickyId> sticky) {
    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sticky, "sticky");
    }

    public static Mention of(StickyId id, String name) {
        return new Mention(id.kind(), name, Optional.of(id));
    }

    static Mention written(StickyKind kind, String name) {
        return new Mention(kind, name, Optional.empty());
    }
}
