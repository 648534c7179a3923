package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes a changed definition over its old text by replacing only what changed, so comments, blank lines, key order
 * and quoting of everything else stay as the person wrote them. Changed values are replaced in place; a key added to
 * a block mapping is written after its last entry, a removed one is taken out with its lines; list items added at the
 * end of a block list are written after the last, items beyond the new end taken out; a flow list or mapping that
 * changed size is written anew. Where none of that fits (a different kind of node, an empty block) there is no patch.
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
        if (!new Collector(old.text(), canonical, replacements).collect(old.root(), newRoot)) {
            return Optional.empty();
        }
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder text = new StringBuilder(old.text());
        for (Replacement replacement : replacements) {
            text.replace(replacement.start(), replacement.end(), replacement.text());
        }
        return Optional.of(text.toString());
    }

    /** Walks the old and the new tree side by side, collecting the replacements that turn the old text into the new. */
    private static final class Collector {
        private final String text;
        private final String canonical;
        private final List<Replacement> replacements;

        Collector(String text, String canonical, List<Replacement> replacements) {
            this.text = text;
            this.canonical = canonical;
            this.replacements = replacements;
        }

        boolean collect(YamlNode old, YamlNode now) {
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
                return oldMapping.flow()
                        ? flow(oldMapping, newMapping, oldMapping.entries().size() == newMapping.entries().size()) && sameEntries(oldMapping, newMapping)
                        : mapping(oldMapping, newMapping);
            }
            if (old instanceof YamlNode.Sequence oldSequence && now instanceof YamlNode.Sequence newSequence) {
                if (oldSequence.flow()) {
                    return flow(oldSequence, newSequence, oldSequence.items().size() == newSequence.items().size()) && sameItems(oldSequence, newSequence);
                }
                return sequence(oldSequence, newSequence);
            }
            return false;
        }

        /** A flow node of another size is written anew (when the new one is flow too); of the same size, value by value. */
        private boolean flow(YamlNode old, YamlNode now, boolean sameSize) {
            if (sameSize) {
                return true;
            }
            boolean newFlow = now instanceof YamlNode.Mapping mapping ? mapping.flow() : ((YamlNode.Sequence) now).flow();
            if (!newFlow) {
                return false;
            }
            replacements.add(new Replacement(old.start(), old.end(), canonical.substring(now.start(), now.end())));
            return true;
        }

        private boolean sameEntries(YamlNode.Mapping old, YamlNode.Mapping now) {
            if (old.entries().size() != now.entries().size()) {
                return true; // written anew
            }
            for (YamlNode.Entry entry : now.entries()) {
                Optional<YamlNode> before = old.get(entry.key().value());
                if (before.isEmpty() || !collect(before.get(), entry.value())) {
                    return false;
                }
            }
            return true;
        }

        private boolean sameItems(YamlNode.Sequence old, YamlNode.Sequence now) {
            if (old.items().size() != now.items().size()) {
                return true; // written anew
            }
            for (int i = 0; i < old.items().size(); i++) {
                if (!collect(old.items().get(i), now.items().get(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean mapping(YamlNode.Mapping old, YamlNode.Mapping now) {
            for (YamlNode.Entry entry : now.entries()) {
                Optional<YamlNode> before = old.get(entry.key().value());
                if (before.isPresent() && !collect(before.get(), entry.value())) {
                    return false;
                }
            }
            List<YamlNode.Entry> added = now.entries().stream().filter(entry -> old.get(entry.key().value()).isEmpty()).toList();
            for (YamlNode.Entry entry : old.entries()) {
                if (now.get(entry.key().value()).isEmpty() && !remove(entry.key().start(), contentEnd(entry.value()))) {
                    return false;
                }
            }
            if (added.isEmpty()) {
                return true;
            }
            if (old.entries().isEmpty()) {
                return false; // no indentation to follow
            }
            YamlNode.Entry last = old.entries().get(old.entries().size() - 1);
            int column = column(text, old.entries().get(0).key().start());
            StringBuilder lines = new StringBuilder();
            for (YamlNode.Entry entry : added) {
                lines.append(reindented(entry.key().start(), contentEnd(entry.value()), column));
            }
            return insertAfter(contentEnd(last.value()), lines.toString());
        }

        private boolean sequence(YamlNode.Sequence old, YamlNode.Sequence now) {
            int shared = Math.min(old.items().size(), now.items().size());
            for (int i = 0; i < shared; i++) {
                if (!collect(old.items().get(i), now.items().get(i))) {
                    return false;
                }
            }
            for (int i = shared; i < old.items().size(); i++) {
                int dash = dash(text, old.items().get(i).start());
                if (dash < 0 || !remove(dash, contentEnd(old.items().get(i)))) {
                    return false;
                }
            }
            if (now.items().size() == shared) {
                return true;
            }
            if (old.items().isEmpty()) {
                return false;
            }
            int oldDash = dash(text, old.items().get(0).start());
            if (oldDash < 0) {
                return false;
            }
            StringBuilder lines = new StringBuilder();
            for (int i = shared; i < now.items().size(); i++) {
                int newDash = dash(canonical, now.items().get(i).start());
                if (newDash < 0) {
                    return false;
                }
                lines.append(reindented(newDash, contentEnd(now.items().get(i)), column(text, oldDash)));
            }
            return insertAfter(contentEnd(old.items().get(old.items().size() - 1)), lines.toString());
        }

        /** Takes out the lines from {@code start} to the end of the line holding {@code end}, when nothing else is on the first. */
        private boolean remove(int start, int end) {
            int lineStart = lineStart(text, start);
            if (!text.substring(lineStart, start).isBlank()) {
                return false; // the first key of a list item: its dash stays with the item
            }
            replacements.add(new Replacement(lineStart, lineEnd(text, end), ""));
            return true;
        }

        private boolean insertAfter(int end, String lines) {
            int at = lineEnd(text, end);
            String before = at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "";
            replacements.add(new Replacement(at, at, before + lines));
            return true;
        }

        /** The canonical text from {@code start} to the end of its line holding {@code end}, moved to {@code column}. */
        private String reindented(int start, int end, int column) {
            int from = column(canonical, start);
            String[] lines = canonical.substring(start, lineEnd(canonical, end)).split("\n", -1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (i == lines.length - 1 && line.isEmpty()) {
                    break;
                }
                if (i > 0) {
                    int indent = 0;
                    while (indent < line.length() && indent < from && line.charAt(indent) == ' ') {
                        indent++;
                    }
                    line = line.substring(indent);
                }
                out.append(" ".repeat(column)).append(line).append('\n');
            }
            return out.toString();
        }
    }

    /** Where a node's own text ends: a block mapping's or list's end mark is where the next token begins. */
    private static int contentEnd(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping && !mapping.flow() && !mapping.entries().isEmpty()) {
            return contentEnd(mapping.entries().get(mapping.entries().size() - 1).value());
        }
        if (node instanceof YamlNode.Sequence sequence && !sequence.flow() && !sequence.items().isEmpty()) {
            return contentEnd(sequence.items().get(sequence.items().size() - 1));
        }
        return node.end();
    }

    /** The {@code -} that opens the list item starting at {@code start}, or -1. */
    private static int dash(String text, int start) {
        int at = start - 1;
        while (at >= 0 && (text.charAt(at) == ' ' || text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at--;
        }
        if (at < 0 || text.charAt(at) != '-' || !text.substring(lineStart(text, at), at).isBlank()) {
            return -1;
        }
        return at;
    }

    private static int column(String text, int offset) {
        return offset - lineStart(text, offset);
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /**
     * The offset after the newline that ends the line holding {@code offset} (the end of the text on the last line); an
     * offset just after a newline (where a block scalar ends) is already there.
     */
    private static int lineEnd(String text, int offset) {
        if (offset > 0 && offset <= text.length() && text.charAt(offset - 1) == '\n') {
            return offset;
        }
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }
}
