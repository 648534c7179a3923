package org.eventstorm.exporters.eventcatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.link.Outcomes;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The steps of the catalog's flow, one per timeline step: a message step for an event or a command, a custom one for
 * the rest. A command's failure event ("Order Rejected (failure case)") is a branch beside the line, labelled, that
 * ends there; the line goes on from the command to its next step that is not a failure.
 */
final class FlowSteps {
    private FlowSteps() {
    }

    static List<Map<String, Object>> of(Board board, List<StickyId> anchors, Map<StickyId, String> messageIds) {
        Outcomes outcomes = new Outcomes(board);
        Set<StickyId> failures = outcomes.failureEvents();
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int n = 1; n <= anchors.size(); n++) {
            StickyId anchor = anchors.get(n - 1);
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("id", id(n - 1));
            step.put("title", board.get(anchor).name());
            String messageId = messageIds.get(anchor);
            if (messageId != null) {
                step.put("message", Map.of("id", messageId));
            } else {
                step.put("custom", Map.of("title", board.get(anchor).name()));
            }
            if (!failures.contains(anchor)) {
                List<Map<String, Object>> next = next(board, anchors, n, failures, outcomes);
                if (next.size() == 1) {
                    step.put("next_step", next.get(0));
                } else if (next.size() > 1) {
                    step.put("next_steps", next);
                }
            }
            steps.add(step);
        }
        return steps;
    }

    /** Where the line goes after step {@code n}: its next step that is not a failure, then its command's failures. */
    private static List<Map<String, Object>> next(Board board, List<StickyId> anchors, int n, Set<StickyId> failures, Outcomes outcomes) {
        List<Map<String, Object>> next = new ArrayList<>();
        for (int later = n; later < anchors.size(); later++) {
            if (!failures.contains(anchors.get(later))) {
                next.add(Map.of("id", id(later)));
                break;
            }
        }
        StickyId anchor = anchors.get(n - 1);
        if (anchor.kind() == StickyKind.COMMAND) {
            for (StickyId failure : outcomes.failures(anchor)) {
                int at = anchors.indexOf(failure);
                if (at >= 0) {
                    Map<String, Object> branch = new LinkedHashMap<>();
                    branch.put("id", id(at));
                    branch.put("label", "fails: " + board.get(failure).name());
                    next.add(branch);
                }
            }
        }
        return next;
    }

    private static String id(int index) {
        return "step-" + (index + 1);
    }
}
