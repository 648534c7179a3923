package org.eventstorm.model.edit;

import java.util.Objects;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.EditSession;

/** Replaces the board's settings: title, feature, session, level, bounded contexts. */
public record EditSettings(BoardSettings settings) implements Edit {
    public EditSettings {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String description(Board board) {
        return "Edit board settings";
    }

    @Override
    public void perform(EditSession session) {
        session.apply(new Change.SettingsChange(session.board().settings(), settings));
    }
}
