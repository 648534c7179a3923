package org.eventstorm.app.canvas;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.eventstorm.model.sticky.StickyKind;

/** The key that creates each kind at the mouse: E event, C command, A aggregate, P policy, H hotspot, U actor, R read model, X external, N a free note. */
public final class KindKeys {
    private KindKeys() {
    }

    public static KeyCode keyOf(StickyKind kind) {
        return switch (kind) {
            case EVENT -> KeyCode.E;
            case COMMAND -> KeyCode.C;
            case AGGREGATE -> KeyCode.A;
            case POLICY -> KeyCode.P;
            case HOTSPOT -> KeyCode.H;
            case ACTOR -> KeyCode.U;
            case READ_MODEL -> KeyCode.R;
            case EXTERNAL_SYSTEM -> KeyCode.X;
            case NOTE -> KeyCode.N;
        };
    }

    /** The kind whose key types {@code character} (either case). */
    public static Optional<StickyKind> kindOf(String character) {
        if (character == null || character.length() != 1) {
            return Optional.empty();
        }
        return kindOf(KeyCode.getKeyCode(character.toUpperCase(Locale.ROOT)));
    }

    public static Optional<StickyKind> kindOf(KeyCode code) {
        for (StickyKind kind : StickyKind.values()) {
            if (keyOf(kind) == code) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
