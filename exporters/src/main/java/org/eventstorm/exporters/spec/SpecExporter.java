package org.eventstorm.exporters.spec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.SafeFileName;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.markdown.HotspotMark;
import org.eventstorm.exporters.markdown.MarkdownText;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The board as a session folder of a SpecKit tree, {@code specs/<feature>/event-storming/<session>/}: the board's
 * own files (each sticky's text as it was written, so the folder loads back into an equal board) and an
 * {@code index.md} with the counts by kind, the open hotspots and a link to every file.
 */
public final class SpecExporter implements Exporter {

    @Override
    public String id() {
        return "spec";
    }

    @Override
    public String title() {
        return "Spec folder (SpecKit)";
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        String folder = sessionFolder(input.board().settings());
        for (Map.Entry<String, String> file : input.boardFiles().entrySet()) {
            target.write(folder + "/" + file.getKey(), file.getValue());
        }
        target.write(folder + "/index.md", index(input.board()));
    }

    /** {@code specs/<feature>/event-storming/<session>}, each part a safe file name. */
    public static String sessionFolder(BoardSettings settings) {
        String feature = settings.feature().isBlank() ? "board" : SafeFileName.of(settings.feature());
        String session = SafeFileName.of(settings.session().isBlank() ? settings.title() : settings.session());
        return "specs/" + feature + "/event-storming/" + session;
    }

    static String index(Board board) {
        BoardSettings settings = board.settings();
        Map<StickyKind, List<StickyId>> byKind = new EnumMap<>(StickyKind.class);
        int modelled = 0;
        for (StickyId id : board.ids()) {
            // a free note is the room's own, not part of the model: its file is in the folder, not in the index
            if (id.kind() != StickyKind.NOTE) {
                byKind.computeIfAbsent(id.kind(), kind -> new ArrayList<>()).add(id);
                modelled++;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# ").append(MarkdownText.escape(settings.title())).append("\n\n");
        out.append("Event Storming session");
        if (!settings.session().isBlank()) {
            out.append(' ').append(MarkdownText.code(settings.session()));
        }
        if (!settings.feature().isBlank()) {
            out.append(" of feature ").append(MarkdownText.code(settings.feature()));
        }
        out.append(", ").append(settings.level().word()).append(" level: ").append(modelled).append(modelled == 1 ? " sticky" : " stickies").append(".\n\n");
        if (!settings.contexts().isEmpty()) {
            out.append("Bounded contexts: ");
            out.append(String.join(", ", settings.contexts().stream().map(context -> MarkdownText.escape(context.name())
                    + (context.service().isBlank() ? "" : " (" + MarkdownText.code(context.service()) + ")")).toList()));
            out.append(".\n\n");
        }
        out.append("| kind | stickies |\n|---|---:|\n");
        for (StickyKind kind : StickyKind.values()) {
            int count = byKind.getOrDefault(kind, List.of()).size();
            if (count > 0) {
                out.append("| [").append(kind.plural()).append("](#").append(SafeFileName.of(kind.plural())).append(") | ").append(count).append(" |\n");
            }
        }
        List<String> open = new ArrayList<>();
        for (StickyId id : byKind.getOrDefault(StickyKind.HOTSPOT, List.of())) {
            Hotspot hotspot = (Hotspot) board.get(id);
            if (!hotspot.isResolved()) {
                String issue = hotspot.issue().source().strip().split("\\n\\s*\\n", 2)[0].replace('\n', ' ');
                open.add("- " + HotspotMark.of(hotspot) + " " + link(id, hotspot)
                        + hotspot.severity().map(severity -> " (" + MarkdownText.escape(severity) + ")").orElse("")
                        + (issue.isEmpty() ? "" : ": " + MarkdownText.escape(issue)));
            }
        }
        out.append("\n## Open hotspots\n\n");
        out.append(open.isEmpty() ? "None: every hotspot is resolved.\n" : String.join("\n", open) + "\n");
        for (StickyKind kind : StickyKind.values()) {
            List<StickyId> ids = byKind.getOrDefault(kind, List.of());
            if (ids.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(kind.plural()).append("\n\n");
            ids.stream().sorted((a, b) -> board.get(a).name().compareToIgnoreCase(board.get(b).name())).forEach(
                    id -> out.append("- ").append(link(id, board.get(id))).append('\n'));
        }
        for (DefinitionKind kind : DefinitionKind.values()) {
            List<DefinitionId> ids = board.definitions().keySet().stream().filter(id -> id.kind() == kind).toList();
            if (!ids.isEmpty()) {
                out.append("\n## ").append(kind == DefinitionKind.SAGA ? "Sagas" : "Versioning strategies").append("\n\n");
                ids.forEach(
                        id -> out.append("- [").append(MarkdownText.escape(board.definition(id).orElseThrow().title())).append("](").append(id.path()).append(
                                ")\n"));
            }
        }
        out.append("\n[board.yaml](board.yaml): settings, bounded contexts and the place of every sticky.\n");
        return out.toString();
    }

    private static String link(StickyId id, Sticky sticky) {
        return "[" + MarkdownText.escape(sticky.name()) + "](" + id.fileName() + ")";
    }
}
