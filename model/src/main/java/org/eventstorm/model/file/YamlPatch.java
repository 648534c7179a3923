package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes a changed definition over its old text by replacing only the values that changed, so comments, blank lines,
 * key order and quoting of everything else stay as the person wrote them. Works when the old and the new YAML have
 * the same shape (the same keys and the same number of list items, values aside); otherwise there is no patch.
 */
final class YamlPatch {
    private record Replacement(int start, int end, String text) {
    }

    private YamlPatch() {
    }

    /** The old text with the new values in place, or empty when the shapes differ. */
    static Optional<String> apply(DefinitionSource old, String canonical) {
        YamlNode newRoot;
        try {
            newRoot = YamlTreeParser.parse(canonical).orElse(null);
        } catch (FormatException e) {
            return Optional.empty();
        }
        if (old.root() == null || newRoot == null) {
            return Optional.empty();
        }
        List<Replacement> replacements = new ArrayList<>();
        if (!collect(old.root(), newRoot, canonical, replacements)) {
            return Optional.empty();
        }
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder text = new StringBuilder(old.text());
        for (Replacement replacement : replacements) {
            text.replace(replacement.start(), replacement.end(), replacement.text());
        }
        return Optional.of(text.toString());
    }

    private static boolean collect(YamlNode old, YamlNode now, String canonical, List<Replacement> replacements) {
        if (old instanceof YamlNode.Scalar oldScalar && now instanceof YamlNode.Scalar newScalar) {
            if (!oldScalar.value().equals(newScalar.value()) || oldScalar.plain() != newScalar.plain() && oldScalar.isNull() != newScalar.isNull()) {
                if (oldScalar.start() == oldScalar.end()) {
                    return false; // an empty value has no place to write into
                }
                replacements.add(new Replacement(oldScalar.start(), oldScalar.end(), canonical.substring(newScalar.start(), newScalar.end())));
            }
            return true;
        }
        if (old instanceof YamlNode.Mapping oldMapping && now instanceof YamlNode.Mapping newMapping) {
            if (oldMapping.flow() != newMapping.flow() || oldMapping.entries().size() != newMapping.entries().size()) {
                return false;
            }
            for (YamlNode.Entry entry : newMapping.entries()) {
                Optional<YamlNode> before = oldMapping.get(entry.key().value());
                if (before.isEmpty() || !collect(before.get(), entry.value(), canonical, replacements)) {
                    return false;
                }
            }
            return true;
        }
        if (old instanceof YamlNode.Sequence oldSequence && now instanceof YamlNode.Sequence newSequence) {
            if (oldSequence.flow() != newSequence.flow() || oldSequence.items().size() != newSequence.items().size()) {
                return false;
            }
            for (int i = 0; i < oldSequence.items().size(); i++) {
                if (!collect(oldSequence.items().get(i), newSequence.items().get(i), canonical, replacements)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
