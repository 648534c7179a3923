package org.eventstorm.model.file;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.versioning.VersioningStrategy;

/** Reads and writes the board's saga and strategy files. */
final class DefinitionFiles {
    /** A definition is a page of YAML; anything larger is refused unread. */
    static final long MAX_BYTES = 1024 * 1024;

    private DefinitionFiles() {
    }

    static ParsedDefinition parse(DefinitionId id, byte[] bytes) throws FormatException {
        String text = TextDecoder.decode(bytes);
        YamlNode root = YamlTreeParser.parse(text).orElseThrow(() -> new FormatException(0, "is empty; a "
                + id.kind().title().toLowerCase() + " file holds YAML"));
        Definition definition = switch (id.kind()) {
            case SAGA -> SagaYaml.read(root);
            case STRATEGY -> StrategyYaml.read(root);
        };
        return new ParsedDefinition(id, definition, new DefinitionSource(text, root));
    }

    /**
     * The file's text for {@code definition}: the old text with changed values replaced when the shape is unchanged,
     * else the definition in the DSL's layout (with the old file's opening comment, or a new one naming the file).
     *
     * @param feature the board's SpecKit feature id, for the comment naming where the file lives; may be empty
     */
    static String write(DefinitionId id, Definition definition, DefinitionSource previous, String feature) {
        String header = previous == null ? header(id, feature) : leadingComment(previous.text()).orElse(null);
        String canonical = canonical(definition, header);
        if (previous != null) {
            Optional<String> patched = YamlPatch.apply(previous, canonical).filter(text -> reads(id, text, definition));
            if (patched.isPresent()) {
                return patched.get();
            }
        }
        return canonical;
    }

    /** True when {@code text} reads back as {@code definition}: a patch is kept only when it means what the model says. */
    private static boolean reads(DefinitionId id, String text, Definition definition) {
        try {
            return parse(id, bytes(text)).definition().equals(definition);
        } catch (FormatException e) {
            return false;
        }
    }

    /** The definition in the DSL's layout, with no opening comment. */
    static String canonical(Definition definition, String header) {
        if (definition instanceof Saga saga) {
            return SagaYaml.write(saga, header);
        }
        if (definition instanceof VersioningStrategy strategy) {
            return StrategyYaml.write(strategy, header);
        }
        throw new IllegalArgumentException("cannot write " + definition.getClass().getSimpleName());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(DefinitionId id, String feature) {
        return (feature == null || feature.isBlank() ? "" : "specs/" + feature + "/") + id.path();
    }

    /** The comment lines the file starts with (without their {@code # }), if any. */
    private static Optional<String> leadingComment(String text) {
        StringBuilder comment = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                break;
            }
            comment.append(comment.length() == 0 ? "" : "\n").append(line.substring(1).strip());
        }
        return comment.length() == 0 ? Optional.empty() : Optional.of(comment.toString());
    }
}
