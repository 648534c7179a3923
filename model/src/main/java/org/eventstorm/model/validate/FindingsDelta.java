package org.eventstorm.model.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what appeared and what went. A sticky may be re-checked more than once in one update, so each
 * finding's appearances and disappearances are netted: only the balance is reported.
 */
final class FindingsDelta {
    private final Map<Finding, Integer> net = new LinkedHashMap<>();

    void replace(List<Finding> before, List<Finding> after) {
        if (before.equals(after)) {
            return;
        }
        before.forEach(finding -> net.merge(finding, -1, Integer::sum));
        after.forEach(finding -> net.merge(finding, 1, Integer::sum));
    }

    void removed(List<Finding> findings) {
        findings.forEach(finding -> net.merge(finding, -1, Integer::sum));
    }

    FindingsChange change() {
        List<Finding> added = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        net.forEach((finding, count) -> {
            for (int i = 0; i < count; i++) {
                added.add(finding);
            }
            for (int i = 0; i > count; i--) {
                removed.add(finding);
            }
        });
        added.sort(Finding.ORDER);
        removed.sort(Finding.ORDER);
        return new FindingsChange(added, removed);
    }
}
