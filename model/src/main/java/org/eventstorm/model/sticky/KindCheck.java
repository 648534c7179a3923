package org.eventstorm.model.sticky;

/** The invariant every sticky record checks: its content is of its kind. */
final class KindCheck {
    private KindCheck() {
    }

    static StickyContent require(StickyKind kind, StickyContent content) {
        String type = content.text(Field.TYPE).orElse("");
        if (!type.equals(kind.type())) {
            throw new IllegalArgumentException("a " + kind.title() + " has type '" + kind.type() + "', not '" + type + "'");
        }
        for (FrontMatterEntry entry : content.frontMatter()) {
            if (entry instanceof FrontMatterEntry.Known known && !kind.has(known.field())) {
                throw new IllegalArgumentException("a " + kind.title() + " has no key '" + known.key() + "'");
            }
        }
        for (Section section : content.sections()) {
            if (section instanceof Section.Known known && !kind.has(known.field())) {
                throw new IllegalArgumentException("a " + kind.title() + " has no section '" + known.title() + "'");
            }
        }
        return content;
    }
}
