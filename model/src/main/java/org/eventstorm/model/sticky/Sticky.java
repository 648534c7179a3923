package org.eventstorm.model.sticky;

import java.util.List;
import java.util.Optional;

/**
 * A sticky note on the board: one of eight kinds or a free note, each a record with typed accessors over the same
 * {@link StickyContent}. Values are immutable; every {@code with...} returns a new sticky of the same kind.
 */
public sealed interface Sticky permits DomainEvent, Command, Aggregate, Policy, Hotspot, Actor, ReadModel, ExternalSystem, Note {

    StickyContent content();

    StickyKind kind();

    default String name() {
        return content().name();
    }

    /** The colour word in the file ({@code orange}), or the kind's own when the file names none. */
    default String color() {
        return content().text(Field.COLOR).orElse(kind().colorWord());
    }

    /** The text between the title and the first section. */
    default Markdown intro() {
        return content().intro();
    }

    default Optional<FieldValue> get(Field field) {
        return content().get(field);
    }

    /** What people remarked on the sticky, in the order they wrote it. */
    default List<Comment> comments() {
        return content().markdown(Field.COMMENTS).items().stream().map(Comment::parse).toList();
    }

    /** Who wrote the sticky in a live workshop, when the file says. */
    default Optional<String> author() {
        return get(Field.AUTHOR).filter(Text.class::isInstance).map(value -> ((Text) value).value().strip()).filter(text -> !text.isEmpty());
    }

    /** The dots the sticky got in the workshop's last vote: 0 when none, or when the file holds no whole number there. */
    default int votes() {
        return get(Field.VOTES).filter(Text.class::isInstance).map(value -> {
            try {
                return Math.max(0, Integer.parseInt(((Text) value).value().strip()));
            } catch (NumberFormatException e) {
                return 0;
            }
        }).orElse(0);
    }

    /** This sticky with {@code field} set; see {@link StickyContent#with}. */
    default Sticky with(Field field, FieldValue value) {
        return kind().wrap(content().with(kind(), field, value));
    }

    /** This sticky without {@code field} (no key, or no section heading). */
    default Sticky without(Field field) {
        return kind().wrap(content().without(field));
    }

    default Sticky withName(String name) {
        StickyContent.requireValidName(name);
        return with(Field.NAME, Text.of(name.strip()));
    }

    default Sticky withIntro(Markdown intro) {
        return kind().wrap(content().withIntro(intro));
    }
}
