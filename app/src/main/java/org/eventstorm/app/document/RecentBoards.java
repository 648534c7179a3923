package org.eventstorm.app.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The boards opened lately, most recent first, kept in the user's preferences between runs. */
public final class RecentBoards {
    static final int KEEP = 10;
    private static final String KEY = "recent-boards";
    private final Preferences preferences;

    public RecentBoards() {
        this(Preferences.userRoot().node(System.getProperty("eventstorm.preferences", "org/eventstorm/studio")));
    }

    RecentBoards(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The recent boards that still exist. */
    public List<Path> list() {
        List<Path> boards = new ArrayList<>();
        for (String line : preferences.get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                Path path = Path.of(line);
                if (Files.isDirectory(path)) {
                    boards.add(path);
                }
            }
        }
        return boards;
    }

    public void remember(Path board) {
        Path absolute = board.toAbsolutePath().normalize();
        List<Path> boards = new ArrayList<>(list());
        boards.remove(absolute);
        boards.add(0, absolute);
        while (boards.size() > KEEP) {
            boards.remove(boards.size() - 1);
        }
        preferences.put(KEY, String.join("\n", boards.stream().map(Path::toString).toList()));
    }
}
