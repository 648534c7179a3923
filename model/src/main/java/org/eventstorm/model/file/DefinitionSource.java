package org.eventstorm.model.file;

import java.util.Optional;

/**
 * A saga or strategy file as it was last read or written: its text and the YAML nodes in it, so findings can name
 * the line of any value and a later save can change values in place.
 */
public final class DefinitionSource {
    private final String text;
    private final YamlNode root;

    DefinitionSource(String text, YamlNode root) {
        this.text = text;
        this.root = root;
    }

    String text() {
        return text;
    }

    YamlNode root() {
        return root;
    }

    /**
     * The line of the value a pointer names ({@code /saga/steps/1/compensation}: the key's line for a mapping entry);
     * the nearest line that exists when part of the pointer does not; 1 for the empty pointer.
     */
    public int lineOf(String pointer) {
        return node(pointer).map(YamlNode::line).orElse(1);
    }

    /** The node a pointer names; for a key of a mapping, the key itself, whose line is where a person looks. */
    private Optional<YamlNode> node(String pointer) {
        if (root == null || pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return Optional.ofNullable(root);
        }
        String[] parts = pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/");
        YamlNode current = root;
        for (int i = 0; i < parts.length; i++) {
            String key = parts[i].replace("~1", "/").replace("~0", "~");
            boolean last = i == parts.length - 1;
            YamlNode next = null;
            if (current instanceof YamlNode.Mapping mapping) {
                Optional<YamlNode.Entry> entry = mapping.entry(key);
                if (entry.isPresent()) {
                    if (last || entry.get().value() instanceof YamlNode.Scalar) {
                        return Optional.of(entry.get().key());
                    }
                    next = entry.get().value();
                }
            } else if (current instanceof YamlNode.Sequence sequence && key.matches("\\d{1,6}")) {
                int index = Integer.parseInt(key);
                if (index < sequence.items().size()) {
                    next = sequence.items().get(index);
                }
            }
            if (next == null) {
                return Optional.of(current);
            }
            current = next;
        }
        return Optional.of(current);
    }
}
