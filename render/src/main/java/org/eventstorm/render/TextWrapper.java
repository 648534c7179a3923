package org.eventstorm.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks a sticky's name into lines that fit its width, shortening the last line with an ellipsis when there are
 * more lines than fit. Measuring text is slow, so results are remembered per name, font and width; one wrapper
 * serves one surface (each measures with its own fonts).
 */
final class TextWrapper {
    private static final int CACHE_SIZE = 20_000;
    private final Map<String, List<String>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /**
     * The lines of {@code text} in the surface's current font (set to {@code weight} and {@code size} by the caller),
     * each at most {@code width} wide, at most {@code maxLines} of them.
     */
    List<String> wrap(Surface surface, Surface.Weight weight, double size, String text, double width, int maxLines) {
        String key = weight.ordinal() + "|" + size + '|' + Math.round(width) + '|' + maxLines + '|' + text;
        List<String> lines = cache.get(key);
        if (lines == null) {
            lines = compute(surface, text, width, Math.max(1, maxLines));
            cache.put(key, lines);
        }
        return lines;
    }

    private static List<String> compute(Surface surface, String text, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (surface.textWidth(candidate) <= width || line.length() == 0 && surface.textWidth(word) <= width) {
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
            while (surface.textWidth(rest) > width && rest.length() > 1) {
                int fits = fitting(surface, rest, width);
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
            kept.set(maxLines - 1, ellipsized(surface, kept.get(maxLines - 1) + " " + lines.get(maxLines), width));
            return List.copyOf(kept);
        }
        return List.copyOf(lines);
    }

    private static int fitting(Surface surface, String word, double width) {
        int fits = 1;
        while (fits < word.length() && surface.textWidth(word.substring(0, fits + 1)) <= width) {
            fits++;
        }
        return fits;
    }

    private static String ellipsized(Surface surface, String text, double width) {
        String shortened = text;
        while (shortened.length() > 1 && surface.textWidth(shortened + "\u2026") > width) {
            shortened = shortened.substring(0, shortened.length() - 1).stripTrailing();
        }
        return shortened + "\u2026";
    }
}
