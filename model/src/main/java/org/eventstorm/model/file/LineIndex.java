package org.eventstorm.model.file;

import java.util.Arrays;

/** Where each line of a text starts, so that parts of a file can be cut out exactly as written. */
final class LineIndex {
    private LineIndex() {
    }

    /**
     * Offsets where each line starts, followed by the text's length; a text of n lines gives n + 1 offsets
     * (an empty text counts as one empty line).
     */
    static int[] starts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        int[] result = Arrays.copyOf(starts, count + 1);
        result[count] = text.length();
        return result;
    }
}
