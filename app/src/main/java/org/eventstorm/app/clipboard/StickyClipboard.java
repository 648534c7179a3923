package org.eventstorm.app.clipboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.Batch;
import org.eventstorm.model.file.StickyText;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Copy, paste and duplicate. Stickies go to the system clipboard as their full file text and place (so they paste
 * whole into another open board), and as their names in plain text for other programs. A pasted sticky whose name
 * is taken in the target board gets "2", "3" ... appended, so references stay unambiguous.
 */
public final class StickyClipboard {
    /** The clipboard format of copied stickies. */
    public static final DataFormat STICKIES = dataFormat();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PASTE_OFFSET = 30;

    private record Entry(String kind, int x, int y, int w, int h, String text) {
    }

    private static DataFormat dataFormat() {
        DataFormat existing = DataFormat.lookupMimeType("application/x-eventstorm-stickies");
        return existing != null ? existing : new DataFormat("application/x-eventstorm-stickies");
    }

    /** Puts the stickies on the clipboard; false when there is nothing to copy. */
    public boolean copy(Board board, List<StickyId> ids) {
        List<Entry> entries = new ArrayList<>();
        for (StickyId id : ids) {
            Sticky sticky = board.sticky(id).orElse(null);
            Geometry place = board.geometry(id).orElse(null);
            if (sticky != null && place != null) {
                entries.add(new Entry(id.kind().folder(), place.x(), place.y(), place.w(), place.h(), StickyText.write(sticky)));
            }
        }
        if (entries.isEmpty()) {
            return false;
        }
        try {
            ClipboardContent content = new ClipboardContent();
            content.put(STICKIES, JSON.writeValueAsString(entries));
            content.putString(entries.stream().map(entry -> StickyText.read(StickyKind.fromFolder(entry.kind()).orElseThrow(), entry.text()).name()).collect(
                    Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(content);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Whether the clipboard holds stickies. */
    public boolean hasStickies() {
        return Clipboard.getSystemClipboard().hasContent(STICKIES);
    }

    /** The edit that pastes the clipboard's stickies, shifted a little from where they were; empty when it holds none. */
    public Optional<Edit> pasteEdit(Board board) {
        Object content = Clipboard.getSystemClipboard().getContent(STICKIES);
        if (!(content instanceof String json)) {
            return Optional.empty();
        }
        try {
            List<Map<String, Object>> raw = JSON.readValue(json, new TypeReference<>() {
            });
            List<Sticky> stickies = new ArrayList<>();
            List<Geometry> places = new ArrayList<>();
            for (Map<String, Object> entry : raw) {
                StickyKind kind = StickyKind.fromFolder(String.valueOf(entry.get("kind"))).orElseThrow();
                stickies.add(StickyText.read(kind, String.valueOf(entry.get("text"))));
                places.add(new Geometry(number(entry, "x") + PASTE_OFFSET, number(entry, "y") + PASTE_OFFSET, number(entry, "w"), number(entry, "h")));
            }
            return Optional.of(additions(board, stickies, places, stickies.size() == 1 ? "Paste '" + stickies.get(0).name() + "'"
                    : "Paste " + stickies.size() + " stickies"));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The edit that duplicates stickies next to themselves. */
    public Edit duplicateEdit(Board board, List<StickyId> ids) {
        List<Sticky> stickies = new ArrayList<>();
        List<Geometry> places = new ArrayList<>();
        for (StickyId id : ids) {
            board.sticky(id).ifPresent(sticky -> board.geometry(id).ifPresent(place -> {
                stickies.add(sticky);
                places.add(place.movedBy(PASTE_OFFSET, PASTE_OFFSET));
            }));
        }
        return additions(board, stickies, places, stickies.size() == 1 ? "Duplicate '" + stickies.get(0).name() + "'"
                : "Duplicate " + stickies.size() + " stickies");
    }

    private static Edit additions(Board board, List<Sticky> stickies, List<Geometry> places, String title) {
        List<Edit> edits = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < stickies.size(); i++) {
            Sticky sticky = stickies.get(i);
            String name = freeName(board, sticky, taken);
            edits.add(AddSticky.at(name.equals(sticky.name()) ? sticky : sticky.withName(name), places.get(i)));
        }
        return new Batch(title, edits);
    }

    private static String freeName(Board board, Sticky sticky, Set<String> taken) {
        String name = sticky.name();
        for (int n = 2; !board.named(sticky.kind(), name).isEmpty() || !taken.add(sticky.kind() + Slug.of(name)); n++) {
            name = sticky.name() + " " + n;
        }
        return name;
    }

    private static int number(Map<String, Object> entry, String key) {
        return ((Number) entry.get(key)).intValue();
    }
}
