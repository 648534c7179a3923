package org.eventstorm.model.file;

import java.util.List;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;

/** A sticky file read successfully: the sticky, how it was written, and any warnings about it. */
record ParsedSticky(StickyId id, Sticky sticky, StickySource source, List<Problem> warnings) {
    ParsedSticky {
        warnings = List.copyOf(warnings);
    }
}
