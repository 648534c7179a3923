package org.eventstorm.exporters.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Swimlane;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Where imported stickies go: each in the lane of its bounded context, in a column by its place in the story (a
 * command before the events it produces, an event before the policies it triggers, a policy before the commands it
 * issues; an aggregate below the first command it handles), to the right of what the board already has. A column
 * holds three stickies a lane; more go into further columns beside it.
 */
final class CausalLayout {
    static final int LANE_HEIGHT = 390;
    private static final int COLUMN = 190;
    private static final int ROW = 120;
    private static final int TOP = 25;
    private static final int ROWS = 3;
    private static final int GAP = 240;
    /** Where the first column of an empty board starts: clear of the lane names. */
    private static final int FIRST_COLUMN = 260;

    private CausalLayout() {
    }

    static Map<StickyId, Geometry> place(Board board, BoardSettings settings, Map<StickyId, Sticky> fresh, Map<StickyId, String> contexts,
            Map<String, StickyId> ids, ImportedBoard imported) {
        Map<StickyId, Integer> ranks = ranks(fresh, ids, imported);
        int laneBottom = settings.contexts().stream().mapToInt(context -> context.swimlane() == null ? 0 : context.swimlane().bottom()).max().orElse(0);
        Map<Integer, Map<Integer, List<StickyId>>> cells = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        int maxRank = 0;
        for (StickyId id : fresh.keySet()) {
            Optional<Swimlane> lane = Optional.ofNullable(contexts.get(id)).flatMap(settings::context).map(BoundedContext::swimlane);
            int top = lane.map(Swimlane::y).orElse(laneBottom);
            int laneRows = lane.map(found -> Math.max(1, (found.h() - TOP) / ROW)).orElse(ROWS);
            rows.put(top, laneRows);
            int rank = ranks.getOrDefault(id, 0);
            maxRank = Math.max(maxRank, rank);
            cells.computeIfAbsent(top, key -> new HashMap<>()).computeIfAbsent(rank, key -> new ArrayList<>()).add(id);
        }
        int[] widths = new int[maxRank + 1];
        for (Map.Entry<Integer, Map<Integer, List<StickyId>>> lane : cells.entrySet()) {
            for (Map.Entry<Integer, List<StickyId>> cell : lane.getValue().entrySet()) {
                int columns = (cell.getValue().size() + rows.get(lane.getKey()) - 1) / rows.get(lane.getKey());
                widths[cell.getKey()] = Math.max(widths[cell.getKey()], columns);
            }
        }
        int start = board.geometries().values().stream().mapToInt(Geometry::right).max().stream().map(right -> right + GAP).findFirst().orElse(FIRST_COLUMN);
        int[] columnX = new int[maxRank + 1];
        for (int rank = 0, x = start; rank <= maxRank; rank++) {
            columnX[rank] = x;
            x += Math.max(1, widths[rank]) * COLUMN;
        }
        Map<StickyId, Geometry> places = new LinkedHashMap<>();
        for (Map.Entry<Integer, Map<Integer, List<StickyId>>> lane : cells.entrySet()) {
            int laneRows = rows.get(lane.getKey());
            for (Map.Entry<Integer, List<StickyId>> cell : lane.getValue().entrySet()) {
                List<StickyId> stickies = cell.getValue();
                stickies.sort((a, b) -> Integer.compare(a.kind() == StickyKind.AGGREGATE ? 1 : 0, b.kind() == StickyKind.AGGREGATE ? 1 : 0));
                for (int i = 0; i < stickies.size(); i++) {
                    StickyId id = stickies.get(i);
                    int x = columnX[cell.getKey()] + (i / laneRows) * COLUMN;
                    int y = lane.getKey() + TOP + (i % laneRows) * ROW;
                    places.put(id, new Geometry(x, y, id.kind().defaultWidth(), id.kind().defaultHeight()));
                }
            }
        }
        return places;
    }

    /** Each new sticky's column: the longest causal path to it (a cycle is broken where it was first met). */
    private static Map<StickyId, Integer> ranks(Map<StickyId, Sticky> fresh, Map<String, StickyId> ids, ImportedBoard imported) {
        Map<StickyId, List<StickyId>> next = new LinkedHashMap<>();
        Map<StickyId, Integer> incoming = new LinkedHashMap<>();
        Map<StickyId, StickyId> handledFirst = new HashMap<>();
        for (StickyId id : fresh.keySet()) {
            if (id.kind() != StickyKind.AGGREGATE) {
                next.put(id, new ArrayList<>());
                incoming.put(id, 0);
            }
        }
        for (ImportedBoard.ImportedLink link : imported.links()) {
            StickyId from = ids.get(ImportedBoard.key(link.rule().from(), link.from()));
            StickyId to = ids.get(ImportedBoard.key(link.rule().to().orElseThrow(), link.to()));
            if (from == null || to == null) {
                continue;
            }
            if (link.rule() == LinkRule.COMMAND_HANDLED_BY_AGGREGATE) {
                handledFirst.putIfAbsent(to, from);
            } else if (Set.of(LinkRule.COMMAND_PRODUCES_EVENT, LinkRule.EVENT_TRIGGERS_POLICY, LinkRule.POLICY_ISSUES_COMMAND).contains(link.rule())
                    && next.containsKey(from) && next.containsKey(to)) {
                next.get(from).add(to);
                incoming.merge(to, 1, Integer::sum);
            }
        }
        Map<StickyId, Integer> ranks = new HashMap<>();
        ArrayDeque<StickyId> ready = new ArrayDeque<>();
        incoming.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
                ranks.put(id, 0);
            }
        });
        while (ranks.size() < next.size()) {
            while (!ready.isEmpty()) {
                StickyId id = ready.poll();
                for (StickyId target : next.get(id)) {
                    ranks.merge(target, ranks.get(id) + 1, Math::max);
                    if (incoming.merge(target, -1, Integer::sum) == 0) {
                        ready.add(target);
                    }
                }
            }
            // What is left is in a cycle: start it again where it was first met.
            for (StickyId id : next.keySet()) {
                if (incoming.get(id) > 0) {
                    incoming.put(id, 0);
                    ranks.putIfAbsent(id, 0);
                    ready.add(id);
                    break;
                }
            }
            if (ready.isEmpty()) {
                break;
            }
        }
        for (StickyId id : fresh.keySet()) {
            if (id.kind() == StickyKind.AGGREGATE) {
                StickyId command = handledFirst.get(id);
                ranks.put(id, command == null ? 0 : ranks.getOrDefault(command, 0));
            }
        }
        return ranks;
    }
}
