package org.eventstorm.model.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.AddLinkedSticky;
import org.eventstorm.model.edit.ReplaceReference;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.Spelling;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.validate.Advice;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Fix;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;
import org.eventstorm.model.validate.ValidationContext;

/** A name in a reference field that matches no sticky: a typo, or a sticky not yet on the board. */
public final class DanglingReferenceRule extends DescribedRule implements Rule {
    public DanglingReferenceRule() {
        super("dangling-reference", "Dangling reference",
                Severity.WARNING, Scope.OUTGOING, Level.PROCESS);
    }

    @Override
    public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ResolvedReference reference : context.references(id)) {
            if (!reference.isDangling() || reference.rule().mayNameText()) {
                continue;
            }
            // A policy's Then line that begins with the policy's own name names the command of that name.
            String name = reference.isImplied() ? sticky.name() : reference.reference().name();
            Finding finding = Finding.on(this, id, reference.field(), "'" + reference.field().label() + "' names '" + name
                    + "', but there is no " + kinds(reference.rule()) + " of that name").about(name);
            if (reference.rule().referencedKinds().size() == 1) {
                StickyKind kind = reference.rule().referencedKinds().iterator().next();
                boolean fromOwner = reference.rule().ownerEnd() == LinkRule.End.SOURCE;
                finding = finding.withFix(new Fix("Add " + kind.title() + " '" + name + "'",
                        new AddLinkedSticky(id, kind.create(name), fromOwner)));
            }
            findings.add(finding);
        }
        return findings;
    }

    /** "Did you mean 'Order Shipped'?": the existing name nearest to the dangling one, and the edit to use it. */
    @Override
    public Optional<Advice> advise(Finding finding, ValidationContext context) {
        if (finding.sticky() == null || finding.subject() == null || !context.board().contains(finding.sticky())) {
            return Optional.empty();
        }
        for (ResolvedReference reference : context.references(finding.sticky())) {
            if (reference.isDangling() && !reference.isImplied() && reference.field() == finding.field()
                    && reference.reference().name().equals(finding.subject())) {
                return nearest(context.board(), reference.rule(), reference.reference().key()).map(best -> new Advice(
                        "did you mean '" + best + "'?", new Fix("Change to '" + best + "'",
                                new ReplaceReference(finding.sticky(), reference.field(), reference.index(), finding.subject(), best))));
            }
        }
        return Optional.empty();
    }

    /** The name of the sticky whose name is nearest to the written one, among the kinds the field may name. */
    private static Optional<String> nearest(Board board, LinkRule rule, String key) {
        List<String> keys = new ArrayList<>();
        for (StickyKind kind : rule.referencedKinds()) {
            for (String candidate : board.keys(kind)) {
                if (Math.abs(candidate.length() - key.length()) <= Math.max(2, key.length() / 3)) {
                    keys.add(candidate);
                }
            }
        }
        return Spelling.closest(key, keys).flatMap(
                best -> rule.referencedKinds().stream().flatMap(kind -> board.find(kind, best).stream()).findFirst().map(found -> board.get(found).name()));
    }

    private static String kinds(LinkRule rule) {
        if (rule.referencedKinds().size() > 1) {
            return "sticky";
        }
        return rule.referencedKinds().iterator().next().title().toLowerCase(Locale.ROOT);
    }
}
