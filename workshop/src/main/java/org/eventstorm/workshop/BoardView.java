package org.eventstorm.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.NoteColors;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The board as a page draws it: title, the kinds a participant may write at the board's level, the colour the app
 * paints each kind, the swimlanes, and every sticky with its place, author and votes. Built on the board's thread.
 */
public record BoardView(String title, String level, long revision, List<KindView> kinds, Map<String, String> colors, List<LaneView> lanes,
        List<StickyView> stickies) {

    /** A kind a participant may write: its word in messages, its title, its colour. */
    public record KindView(String kind, String title, String color) {
    }

    /** A swimlane across the board: its bounded context's name, its top and height. */
    public record LaneView(String name, int y, int h) {
    }

    /** One sticky: id ({@code events/order-placed}), kind word, name, place, author (or null), votes. */
    public record StickyView(String id, String kind, String name, int x, int y, int w, int h, String author, int votes, String color) {
    }

    static BoardView of(Board board) {
        List<KindView> kinds = board.settings().level().kinds().stream().map(kind -> new KindView(word(kind), kind.title(), kind.hex())).toList();
        Map<String, String> colors = new LinkedHashMap<>();
        for (StickyKind kind : StickyKind.values()) {
            colors.put(word(kind), kind.hex());
        }
        List<LaneView> lanes = new ArrayList<>();
        for (BoundedContext context : board.settings().contexts()) {
            context.lane().ifPresent(lane -> lanes.add(new LaneView(context.name(), lane.y(), lane.h())));
        }
        List<StickyView> stickies = new ArrayList<>(board.size());
        board.stickies().forEach((id, sticky) -> stickies.add(sticky(board, id, sticky)));
        return new BoardView(board.settings().title(), board.settings().level().word(), board.revision(), kinds, colors, lanes, stickies);
    }

    static StickyView sticky(Board board, StickyId id, Sticky sticky) {
        Geometry place = board.geometry(id).orElse(new Geometry(0, 0, id.kind().defaultWidth(), id.kind().defaultHeight()));
        return new StickyView(id.toString(), word(id.kind()), sticky.name(), place.x(), place.y(), place.w(), place.h(),
                sticky.author().orElse(null), sticky.votes(), ownColor(sticky));
    }

    /** A free note's own colour as {@code #RRGGBB}; null for the other kinds, which have their kind's. */
    private static String ownColor(Sticky sticky) {
        return NoteColors.ownHex(sticky).orElse(null);
    }

    /** The word pages use for a kind: {@code event}, {@code read-model}. */
    static String word(StickyKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
