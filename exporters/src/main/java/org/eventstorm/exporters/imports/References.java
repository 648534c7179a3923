package org.eventstorm.exporters.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Follows {@code $ref}s as JSON Schema and AsyncAPI write them, but only to what was given: a place in the same
 * document ({@code #/components/messages/OrderPlaced}) or in a YAML or JSON file inside the folder of the document
 * given ({@code ./schemas/order.yaml#/OrderPlaced}). A remote address is refused and never fetched; so is a file
 * outside that folder (also through a link) and a chain of references that comes back to itself.
 */
public final class References {
    private static final int MAX_HOPS = 64;
    private final Path folder;
    private final Map<Path, LocatedDocument> files = new HashMap<>();

    /** References inside {@code folder} (the folder of the documents given). */
    public References(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** A node where it stands: its document and its JSON pointer there. */
    public record Located(LocatedDocument document, String pointer, JsonNode node) {
        public int line() {
            return document.line(pointer);
        }

        /** A child of this node. */
        public Located get(String key) {
            return new Located(document, pointer + "/" + LocatedDocument.escape(key), node.path(key));
        }

        public Located get(int index) {
            return new Located(document, pointer + "/" + index, node.path(index));
        }

        public ImportProblem problem(String message) {
            return document.problem(pointer, message);
        }
    }

    /** {@code node} with every {@code $ref} it is followed to the node it names. */
    public Located resolve(Located node) throws ImportProblem {
        Located at = node;
        Set<String> seen = new LinkedHashSet<>();
        for (int hops = 0; at.node().isObject() && at.node().has("$ref"); hops++) {
            JsonNode ref = at.node().get("$ref");
            if (!ref.isTextual()) {
                throw at.get("$ref").problem(
                        "$ref must be a text naming a place (#/components/...); it is " + ref.getNodeType().toString().toLowerCase(Locale.ROOT));
            }
            String key = at.document().file() + at.pointer();
            if (!seen.add(key) || hops >= MAX_HOPS) {
                throw node.get("$ref").problem("the $ref '" + node.node().get("$ref").asText() + "' leads round in a circle (" + hops
                        + " references) and names nothing; point it at the message or schema itself");
            }
            at = target(at, ref.asText());
        }
        return at;
    }

    private Located target(Located from, String ref) throws ImportProblem {
        Located refNode = from.get("$ref");
        String lower = ref.toLowerCase(Locale.ROOT);
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || ref.startsWith("//")) {
            throw refNode.problem("$ref '" + ref + "' is a remote address; nothing is fetched from the network: put what it names into the document or a file"
                    + " beside it");
        }
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8);
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw refNode.problem("$ref '" + ref + "' names no place: after # comes a path such as /components/messages/OrderPlaced");
        }
        LocatedDocument document = filePart.isEmpty() ? from.document() : file(refNode, filePart, ref);
        JsonNode target = document.at(pointer);
        if (target.isMissingNode()) {
            throw refNode.problem("$ref '" + ref + "' names " + (pointer.isEmpty() ? "the document" : pointer) + ", which "
                    + (filePart.isEmpty() ? "this document" : filePart) + " does not have");
        }
        return new Located(document, pointer, target);
    }

    private LocatedDocument file(Located refNode, String filePart, String ref) throws ImportProblem {
        Path base = refNode.document().file().toAbsolutePath().normalize().getParent();
        Path target = base.resolve(filePart).normalize();
        if (!target.startsWith(folder)) {
            throw refNode.problem("$ref '" + ref + "' names a file outside the folder of the documents given (" + folder + "); only files inside it are read");
        }
        try {
            if (Files.exists(target) && !target.toRealPath().startsWith(folder.toRealPath())) {
                throw refNode.problem("$ref '" + ref + "' names a link to a file outside the folder of the documents given; only files inside it are read");
            }
        } catch (IOException e) {
            throw refNode.problem("$ref '" + ref + "': " + e.getMessage());
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
            throw refNode.problem("$ref '" + ref + "' names a file that is not YAML or JSON (.yaml, .yml, .json)");
        }
        LocatedDocument document = files.get(target);
        if (document == null) {
            if (!Files.isRegularFile(target)) {
                throw refNode.problem("$ref '" + ref + "' names a file that does not exist (" + folder.relativize(target) + ")");
            }
            document = LocatedDocument.read(target, folder.relativize(target).toString().replace('\\', '/'));
            files.put(target, document);
        }
        return document;
    }
}
