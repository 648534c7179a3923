package org.eventstorm.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Geometry;

/**
 * Where a sticky's name goes when the board is zoomed out, so that every name is read whole from the back of the room:
 * inside the sticky at {@link #READABLE_PIXELS} when it fits there, otherwise on a {@link NameCard} grown around the
 * sticky into the room it has on the board. A sticky's room reaches halfway to each neighbouring sticky, so two cards
 * never meet and no card covers another sticky.
 */
public final class NameCards {
    /** The height on screen of a name's type from zoomed out to actual size: readable on a projector from the back. */
    public static final double READABLE_PIXELS = 15;
    /** The smallest type of a name whose longest word is wider than its room at {@link #READABLE_PIXELS}. */
    public static final double SMALLEST_PIXELS = 10;
    /** Below this many screen pixels wide a sticky has no name at all: the board is too far out to read anything. */
    public static final double SMALLEST_BOX_PIXELS = 24;
    /** The widest a card grows on screen: wider, a name reads as a sentence across the board. */
    public static final double WIDEST_CARD_PIXELS = 240;
    /** How far a card grows above or below its sticky on screen, at most. */
    public static final double TALLEST_GROWTH_PIXELS = 60;
    static final double LINE = 1.2;
    static final double PADDING_PIXELS = 5;
    /** The least room beside a card's text, on screen, before its type gets smaller. */
    static final double TIGHT_PADDING_PIXELS = 2;
    /** The board left between two cards side by side, on screen. */
    static final double GAP_PIXELS = 2;

    private final TextWrapper wrapper = new TextWrapper();

    /** Further out than this no sticky is named: a board that small on screen is read by its colours and lanes. */
    public static final double SMALLEST_SCALE = 0.2;

    /** Whether names are drawn at all for a sticky {@code box} at {@code scale}. */
    public static boolean named(Geometry box, double scale) {
        return scale >= SMALLEST_SCALE && box.w() * scale >= SMALLEST_BOX_PIXELS;
    }

    /** How far beyond its sticky's box, in board units, a card may reach at {@code scale}. */
    public static double overhang(double scale) {
        return scale < SMALLEST_SCALE ? 0 : Math.max(WIDEST_CARD_PIXELS / 2, TALLEST_GROWTH_PIXELS) / scale;
    }

    /**
     * How far around a sticky, in board units, its neighbours are looked for at {@code scale}: two stickies further
     * apart do not limit each other's room.
     */
    public static double neighbourhood(double scale) {
        return scale < SMALLEST_SCALE ? 0 : WIDEST_CARD_PIXELS / scale;
    }

    /**
     * How far beyond a changed sticky's box, in board units, the board may look different at {@code scale}: its own
     * card, and the cards of the neighbours whose room it changed.
     */
    public static double reach(double scale) {
        return neighbourhood(scale) + overhang(scale);
    }

    /** A sticky as the room of another's name depends on it: where it is, and its name. */
    public record Neighbour(Geometry box, String name) {
    }

    /**
     * The room of the name {@code name} on {@code box} among {@code near} (the stickies around it; boxes that overlap
     * it are passed over), in the surface's measure, no further than a card grows. Two stickies side by side (their
     * boxes share a height) part on an upright line in the gap between them, where each gets the width its longest
     * word needs before the rest is halved; two others whose widest cards could meet part on the level line halfway
     * between them. Both stickies find the same line, so their cards never meet.
     */
    public Area room(Surface s, Geometry box, String name, Collection<Neighbour> near, double scale) {
        double halfWidest = Math.max(box.w(), WIDEST_CARD_PIXELS / scale) / 2;
        double centerX = box.x() + box.w() / 2.0;
        double left = centerX - halfWidest;
        double right = centerX + halfWidest;
        List<Neighbour> others = new ArrayList<>();
        for (Neighbour other : near) {
            Geometry place = other.box();
            if (!overlaps(place.x(), place.right(), box.x(), box.right()) || !overlaps(place.y(), place.bottom(), box.y(), box.bottom())) {
                others.add(other);
            }
        }
        double overhang = -1;
        for (Neighbour other : others) {
            Geometry place = other.box();
            if (overlaps(place.y(), place.bottom(), box.y(), box.bottom())) {
                if (overhang < 0) {
                    overhang = overhang(s, box, name, scale);
                }
                // a hairline of board between two cards, so that they read as two
                double apart = Math.min(GAP_PIXELS / scale, Math.abs(place.x() >= box.right() ? place.x() - box.right() : box.x() - place.right()) / 2);
                if (place.x() >= box.right()) {
                    right = Math.min(right, Math.max(box.right(), parting(box.right(), overhang, place.x(), overhang(s, place, other.name(), scale)) - apart));
                } else {
                    left = Math.max(left, Math.min(box.x(), parting(place.right(), overhang(s, place, other.name(), scale), box.x(), overhang) + apart));
                }
            }
        }
        double growth = TALLEST_GROWTH_PIXELS / scale;
        double top = box.y() - growth;
        double bottom = box.bottom() + growth;
        for (Neighbour other : others) {
            Geometry place = other.box();
            // Whether the widest cards the two could have meet across: the same test from either side.
            double otherHalfWidest = Math.max(place.w(), WIDEST_CARD_PIXELS / scale) / 2;
            boolean across = Math.abs(place.x() + place.w() / 2.0 - centerX) < halfWidest + otherHalfWidest;
            if (!overlaps(place.y(), place.bottom(), box.y(), box.bottom()) && across) {
                if (place.y() >= box.bottom()) {
                    bottom = Math.min(bottom, (box.bottom() + place.y()) / 2.0);
                } else {
                    top = Math.max(top, (place.bottom() + box.y()) / 2.0);
                }
            }
        }
        return new Area(left, top, right, bottom);
    }

    /**
     * Where two stickies side by side part, the left one's right edge at {@code leftEdge} needing {@code leftNeeds}
     * beyond it, the right one's left edge at {@code rightEdge} needing {@code rightNeeds}: each gets what it needs and
     * half of what is left; when the gap is too small for both, it is shared in proportion.
     */
    private static double parting(double leftEdge, double leftNeeds, double rightEdge, double rightNeeds) {
        double gap = rightEdge - leftEdge;
        if (leftNeeds + rightNeeds <= gap) {
            return leftEdge + leftNeeds + (gap - leftNeeds - rightNeeds) / 2;
        }
        return leftEdge + gap * leftNeeds / (leftNeeds + rightNeeds);
    }

    /** How far a card for {@code name} must reach past each side of {@code box} for its longest word, at least. */
    private static double overhang(Surface s, Geometry box, String name, double scale) {
        if (!named(box, scale)) {
            return 0;
        }
        s.font(Surface.Weight.SEMI_BOLD, READABLE_PIXELS / Math.min(1, scale));
        return Math.max(0, (longestWord(s, name) + 2 * padding(scale) - box.w()) / 2);
    }

    private static double longestWord(Surface s, String name) {
        double longest = 0;
        for (String word : name.strip().split("\\s+")) {
            longest = Math.max(longest, s.textWidth(word));
        }
        return longest;
    }

    /**
     * Where {@code name} goes on {@code box} at {@code scale} within {@code room}, in the surface's measure: inside
     * the box, its lines starting {@code textTop} below the box's top (under the kind's label), when it fits there whole
     * at {@link #READABLE_PIXELS} (or at the painter's board size when zoomed in further); otherwise on a card grown into
     * the room. Empty when the box is too small on screen to name.
     */
    public Optional<NameCard> cardFor(Surface s, String name, Geometry box, double textTop, double scale, Area room) {
        if (!named(box, scale)) {
            return Optional.empty();
        }
        double size = READABLE_PIXELS / Math.min(1, scale);
        double lineHeight = size * LINE;
        double padding = padding(scale);
        s.font(Surface.Weight.SEMI_BOLD, size);
        List<String> inBox = wrapper.wrap(s, Surface.Weight.SEMI_BOLD, size, name, box.w() - 2 * padding, Integer.MAX_VALUE);
        if (wordsKept(name, inBox) && textTop + inBox.size() * lineHeight + padding * 0.6 <= box.h()) {
            return Optional.of(new NameCard(new Area(box.x(), box.y(), box.right(), box.bottom()), false, size, lineHeight, inBox));
        }
        double longestWord = longestWord(s, name);
        // In a tight room the sides give way first: a card's text may come to a hairline of its edge.
        double side = Math.max(Math.min(padding, (room.width() - longestWord) / 2), TIGHT_PADDING_PIXELS / scale);
        if (longestWord > room.width() - 2 * side) {
            // Too tight a room for a word at projector size (a board far out, stickies close together): smaller type,
            // down to a floor, rather than a card over its neighbours.
            double smaller = Math.max(SMALLEST_PIXELS / scale, size * (room.width() - 2 * side) / longestWord);
            longestWord *= smaller / size;
            size = smaller;
            lineHeight = size * LINE;
            s.font(Surface.Weight.SEMI_BOLD, size);
            longestWord = Math.max(longestWord, longestWord(s, name));
        }
        // The fewest lines the room allows: a card no wider than the longest word is the last resort, and may then
        // reach past its room.
        double width = Math.max(room.width() - 2 * side, longestWord);
        List<String> lines = wrapper.wrap(s, Surface.Weight.SEMI_BOLD, size, name, width, Integer.MAX_VALUE);
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, s.textWidth(line));
        }
        double cardWidth = Math.max(box.w(), widest + 2 * side);
        double cardHeight = Math.max(box.h(), lines.size() * lineHeight + 2 * padding);
        double x = Math.max(room.minX(), Math.min(box.x() + (box.w() - cardWidth) / 2, room.maxX() - cardWidth));
        x = Math.min(box.x(), Math.max(box.right() - cardWidth, x));
        double y = Math.max(room.minY(), Math.min(box.y() + (box.h() - cardHeight) / 2, room.maxY() - cardHeight));
        y = Math.min(box.y(), Math.max(box.bottom() - cardHeight, y));
        return Optional.of(new NameCard(new Area(x, y, x + cardWidth, y + cardHeight), true, size, lineHeight, lines));
    }

    /** The room left and right of a name, in board units: 10 at actual size, never under {@link #PADDING_PIXELS} on screen. */
    public static double padding(double scale) {
        return Math.max(10, PADDING_PIXELS / scale);
    }

    /** Whether {@code lines} hold the name's words whole, none broken across lines. */
    private static boolean wordsKept(String name, List<String> lines) {
        return String.join(" ", lines).equals(String.join(" ", name.strip().split("\\s+")));
    }

    private static boolean overlaps(double from, double to, double otherFrom, double otherTo) {
        return from < otherTo && otherFrom < to;
    }
}
