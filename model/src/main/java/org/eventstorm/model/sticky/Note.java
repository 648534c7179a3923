package org.eventstorm.model.sticky;

/**
 * A free note: whatever the room needs written on the board (a legend, a parking lot, a question to the sponsor), in
 * the colour its {@code color:} names. The validator and the model's exports leave it alone; the pictures show it.
 */
public record Note(StickyContent content) implements Sticky {
    public Note {
        KindCheck.require(StickyKind.NOTE, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.NOTE;
    }

    /** What the note says beyond its title. */
    public Markdown text() {
        return content.markdown(Field.DESCRIPTION);
    }
}
