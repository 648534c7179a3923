package org.eventstorm.model.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyId;

/**
 * The command a policy issues when it has no {@code issues_command}: the spec's policy template names it only in its
 * Then section ({@code - Reserve inventory for ordered items} under policy "Reserve Inventory"). The first Then line
 * that begins with the name of a command on the board names that command (the longest such name); failing that, a
 * line that begins with the policy's own name names a command of that name, which may not be on the board yet.
 * Such a reference is implied, not written: it links, renames and validates as any other, but it cannot be unlinked
 * without editing the line that says it.
 */
final class PolicyThen {
    /** Longest command name, in words, looked for at the start of a Then line. */
    private static final int MOST_WORDS = 6;

    private PolicyThen() {
    }

    /** True when {@code policy} names its command only in its Then section. */
    static boolean implies(Policy policy) {
        return policy.issuesCommand().map(String::isBlank).orElse(true) && !policy.then().isEmpty();
    }

    /** The command the Then section names, if a line names one (see the class comment). */
    static Optional<ResolvedReference> implied(StickyId id, Policy policy, ReferenceResolver resolver) {
        List<List<Reference>> lines = policy.then().stream().map(PolicyThen::prefixes).toList();
        for (int i = 0; i < lines.size(); i++) {
            for (Reference prefix : lines.get(i)) {
                // By the prefix's own key only: the whole line is not a name that the prefix could stand for.
                List<StickyId> targets = resolver.find(LinkRule.POLICY_ISSUES_COMMAND, prefix.key());
                if (!targets.isEmpty()) {
                    return Optional.of(new ResolvedReference(id, LinkRule.POLICY_ISSUES_COMMAND, Field.THEN, i, prefix, targets));
                }
            }
        }
        String own = Slug.of(policy.name());
        for (int i = 0; i < lines.size(); i++) {
            for (Reference prefix : lines.get(i)) {
                if (prefix.key().equals(own)) {
                    return Optional.of(new ResolvedReference(id, LinkRule.POLICY_ISSUES_COMMAND, Field.THEN, i, prefix, List.of()));
                }
            }
        }
        return Optional.empty();
    }

    /** Every name key a Then line could be read as naming: what must be watched for a command to appear. */
    static Set<String> candidateKeys(Policy policy) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : policy.then()) {
            prefixes(line).forEach(prefix -> keys.add(prefix.key()));
        }
        return keys;
    }

    /** The line's first words as names, longest first: "Reserve inventory for", "Reserve inventory", "Reserve". */
    private static List<Reference> prefixes(String line) {
        Reference whole = Reference.parse(line);
        List<Integer> ends = new ArrayList<>();
        int at = whole.nameStart();
        int end = whole.nameEnd();
        while (at < end && ends.size() < MOST_WORDS) {
            while (at < end && !Character.isWhitespace(line.charAt(at))) {
                at++;
            }
            int wordEnd = at;
            while (wordEnd > whole.nameStart() && !Character.isLetterOrDigit(line.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            if (wordEnd > whole.nameStart()) {
                ends.add(wordEnd);
            }
            while (at < end && Character.isWhitespace(line.charAt(at))) {
                at++;
            }
        }
        List<Reference> prefixes = new ArrayList<>();
        for (int i = ends.size() - 1; i >= 0; i--) {
            prefixes.add(new Reference(line, whole.nameStart(), ends.get(i), Optional.empty()));
        }
        return prefixes;
    }
}
