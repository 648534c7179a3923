package org.eventstorm.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks a sticky's name into lines that fit its width, shortening the last line with an ellipsis when there are
 * more lines than fit. Measuring text is slow, so results are remembered per name, font and width.
 */
final class TextWrapper {
    private static final int CACHE_SIZE = 20_000;
    private final Text measure = new Text();
    private final Map<String, List<String>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The lines of {@code text} in {@code font}, each at most {@code width} wide, at most {@code maxLines} of them. */
    List<String> wrap(String text, Font font, double width, int maxLines) {
        String key = font.getName() + '|' + font.getSize() + '|' + Math.round(width) + '|' + maxLines + '|' + text;
        return cache.computeIfAbsent(key, k -> compute(text, font, width, Math.max(1, maxLines)));
    }

    double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    private List<String> compute(String text, Font font, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font) <= width || line.length() == 0 && width(word, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word longer than the line is broken where it overflows.
            String rest = word;
            while (width(rest, font) > width && rest.length() > 1) {
                int fits = fitting(rest, font, width);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, ellipsized(kept.get(maxLines - 1) + " " + lines.get(maxLines), font, width));
            return List.copyOf(kept);
        }
        return List.copyOf(lines);
    }

    private int fitting(String word, Font font, double width) {
        int fits = 1;
        while (fits < word.length() && width(word.substring(0, fits + 1), font) <= width) {
            fits++;
        }
        return fits;
    }

    private String ellipsized(String text, Font font, double width) {
        String shortened = text;
        while (shortened.length() > 1 && width(shortened + "\u2026", font) > width) {
            shortened = shortened.substring(0, shortened.length() - 1).stripTrailing();
        }
        return shortened + "\u2026";
    }
}
