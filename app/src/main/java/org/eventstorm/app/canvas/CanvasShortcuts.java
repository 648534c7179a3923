package org.eventstorm.app.canvas;

import java.util.List;

/** The keys and gestures of the canvas, as the cheat sheet lists them (the menus' shortcuts come from the menus). */
public final class CanvasShortcuts {
    /** One line of the sheet: the keys, and what they do. */
    public record Shortcut(String keys, String does) {
    }

    private CanvasShortcuts() {
    }

    public static List<Shortcut> all() {
        return List.of(
                new Shortcut("E  C  A  P  H  U  R  X  N",
                        "New event, command, aggregate, policy, hotspot, actor, read model, external system, free note at the mouse; type its name"),
                new Shortcut("Double-click", "New sticky of the palette's kind on the board; rename on a sticky"),
                new Shortcut("Tab",
                        "While typing, or on a selected sticky: the flow's next sticky to its right, linked (actor \u2192 command \u2192 event \u2192 policy \u2192 command \u2026)"),
                new Shortcut("Enter", "Finish typing; rename the selected sticky"),
                new Shortcut("Escape", "Drop what is being typed; clear the selection"),
                new Shortcut("\u2190 \u2192 \u2191 \u2193", "Select the neighbour that way (right is later in time)"),
                new Shortcut("Shift + E C A P H U R X N", "Make the selected stickies that kind"),
                new Shortcut("!", "Mark the selected events pivotal (a turning point of the story), or unmark them"),
                new Shortcut("|", "A boundary across the lanes at the mouse, with a label (where the story changes chapter)"),
                new Shortcut("F2", "Rename the selected sticky"),
                new Shortcut("Delete, Backspace", "Delete the selection"),
                new Shortcut("Click, Shift+click, drag on the board", "Select, add to the selection, select with a marquee"),
                new Shortcut("Drag a sticky; its corner", "Move the selection; resize"),
                new Shortcut("Drag the handle on a sticky's right edge, or Alt+drag", "Draw an arrow (the link is written into the right field)"),
                new Shortcut("Space+drag, middle drag, scroll", "Pan"),
                new Shortcut("Ctrl+scroll, pinch", "Zoom around the pointer"));
    }
}
