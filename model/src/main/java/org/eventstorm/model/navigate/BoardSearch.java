package org.eventstorm.model.navigate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Names;
import org.eventstorm.model.sticky.Section;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;

/**
 * Search across a board: every word of the query must be in the sticky's name or in its text (its fields, notes and
 * sections), ignoring case and accents. Hits come in timeline order (left to right, then top to bottom), names
 * before text, so Enter walks the flow.
 */
public final class BoardSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A sticky that matched, and where: {@code name}, or the field or section the words were found in. */
    public record Hit(StickyId id, String where) {
        public boolean inName() {
            return where.equals("name");
        }
    }

    private BoardSearch() {
    }

    public static List<Hit> find(Board board, String query) {
        List<String> words = words(query);
        List<Hit> hits = new ArrayList<>();
        if (words.isEmpty()) {
            return hits;
        }
        board.stickies().forEach((id, sticky) -> where(sticky, words).ifPresent(where -> hits.add(new Hit(id, where))));
        hits.sort(Comparator.comparing((Hit hit) -> !hit.inName()).thenComparing(
                hit -> board.geometry(hit.id()).map(Geometry::x).orElse(Integer.MAX_VALUE)).thenComparing(
                        hit -> board.geometry(hit.id()).map(Geometry::y).orElse(Integer.MAX_VALUE)).thenComparing(Hit::id));
        return hits;
    }

    private static Optional<String> where(Sticky sticky, List<String> words) {
        String name = fold(sticky.name());
        if (words.stream().allMatch(name::contains)) {
            return Optional.of("name");
        }
        StringBuilder all = new StringBuilder(name).append('\n').append(fold(sticky.intro().source()));
        String first = null;
        List<Field> fields = new ArrayList<>(sticky.kind().frontMatterFields());
        fields.addAll(sticky.kind().sectionFields());
        for (Field field : fields) {
            if (field == Field.NAME || field == Field.TYPE || field == Field.COLOR) {
                continue;
            }
            String text = sticky.get(field).map(BoardSearch::text).map(BoardSearch::fold).orElse("");
            if (!text.isEmpty()) {
                all.append('\n').append(text);
                if (first == null && words.stream().anyMatch(text::contains)) {
                    first = field.label();
                }
            }
        }
        for (Section section : sticky.content().sections()) {
            if (section instanceof Section.Unknown unknown) {
                String text = fold(unknown.title() + "\n" + unknown.body().source());
                all.append('\n').append(text);
                if (first == null && words.stream().anyMatch(text::contains)) {
                    first = unknown.title();
                }
            }
        }
        String everything = all.toString();
        if (!words.stream().allMatch(everything::contains)) {
            return Optional.empty();
        }
        return Optional.of(first == null ? "notes" : first);
    }

    private static String text(FieldValue value) {
        if (value instanceof Text text) {
            return text.value();
        }
        if (value instanceof Names names) {
            return String.join("\n", names.names());
        }
        if (value instanceof Markdown markdown) {
            return markdown.source();
        }
        return "";
    }

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : fold(query == null ? "" : query).split("\\s+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Lower case without accents: "Café" and "cafe" are the same word. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
