package org.eventstorm.model.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.StickyKind;

/**
 * What a {@code .storm} file may carry, the same rule for packing and unpacking: the board's own files (board.yaml,
 * a sticky file in its kind's folder, a saga or strategy definition), whatever their bytes (the reader reports a
 * broken one), and beside them plain text only. Never a hidden file or folder ({@code .git}, {@code .envrc}: a
 * program run in the folder later would obey them) and never a binary (a planted native library or program).
 */
final class ArchiveContent {
    /** Why an entry is left out, or null when it belongs in a board archive. */
    enum LeftOut {
        HIDDEN("hidden"), NOT_TEXT("not plain text");

        private final String words;

        LeftOut(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    private ArchiveContent() {
    }

    /** Whether a part of the relative path {@code name} ({@code events/order-placed.md}) is hidden. */
    static boolean isHidden(String name) {
        return Arrays.stream(name.split("/")).anyMatch(part -> part.startsWith("."));
    }

    /** Why the file {@code name} with {@code bytes} stays out of an archive, or null when it goes in. */
    static LeftOut leftOut(String name, byte[] bytes) {
        if (isHidden(name)) {
            return LeftOut.HIDDEN;
        }
        if (isBoardFile(name) || isPlainText(bytes)) {
            return null;
        }
        return LeftOut.NOT_TEXT;
    }

    /** board.yaml, or a markdown file in a kind's folder, or a YAML file in the sagas or versioning folder. */
    static boolean isBoardFile(String name) {
        if (name.equals(BoardYamlParser.FILE)) {
            return true;
        }
        String[] parts = name.split("/");
        if (parts.length != 2) {
            return false;
        }
        String file = parts[1].toLowerCase(Locale.ROOT);
        for (StickyKind kind : StickyKind.values()) {
            if (kind.folder().equals(parts[0]) && file.endsWith(".md")) {
                return true;
            }
        }
        for (DefinitionKind kind : DefinitionKind.values()) {
            if (kind.folder().equals(parts[0]) && (file.endsWith(".yml") || file.endsWith(".yaml"))) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 with no NUL or other control character but tab, line feed, form feed and carriage return. */
    static boolean isPlainText(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' || b == 0x7f) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT).decode(
                    ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
