package org.eventstorm.exporters.eventcatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventstorm.exporters.imports.ImportProblem;
import org.eventstorm.exporters.imports.ImportedBoard;
import org.eventstorm.exporters.imports.ImportedSticky;
import org.eventstorm.exporters.imports.LocatedDocument;
import org.eventstorm.exporters.imports.Sections;
import org.eventstorm.exporters.schema.JsonSchemas;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Reads an EventCatalog (3.x) folder into what it says about a board: each domain a bounded context served by its
 * first service (a service in no domain is a context of its own), each event with its versions (the page under
 * {@code versioned/} for each older one) and each version's fields from its {@code schema.json} (the payload under
 * {@code data} when the schema is a whole event), each command, and each page's sections. What the catalog has no
 * field for comes from the page's {@code x-eventstorm} front matter when the catalog was exported from a board (the
 * context, the version as written, the producers, the reacting policies, a command's service and handlers, the
 * written field types); a catalog from elsewhere gives its services' {@code sends} (the event stands in that context)
 * and {@code receives} (a policy of that context reacts to it). Only {@code index.mdx} and {@code index.md} pages and
 * the schemas they name inside the folder are read; links, hidden folders and {@code node_modules} are not entered.
 */
public final class EventCatalogReader {
    /** More pages than a catalog of a 50,000-sticky board has, and the largest page read. */
    static final int MAX_PAGES = 100_000;
    static final long MAX_PAGE_BYTES = 4L * 1024 * 1024;
    private static final Set<String> FORMAT_HEADINGS = Set.of("Architecture", "Schema", "Version");
    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path given;
    private final ImportedBoard imported = new ImportedBoard();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Page> domains = new LinkedHashMap<>();
    private final Map<String, Page> services = new LinkedHashMap<>();
    private final Map<String, List<Page>> events = new LinkedHashMap<>();
    private final Map<String, Page> commands = new LinkedHashMap<>();

    /** What was read and what was wrong: an import with any problem changes no board. */
    public record Reading(ImportedBoard board, List<ImportProblem> problems) {
    }

    /** One page: where it is, its front matter, its body, and whether it is an older version's. */
    private record Page(Path file, String shownAs, LocatedDocument frontMatter, String body, boolean older) {
        String text(String key) {
            JsonNode value = frontMatter.root().path(key);
            return value.isValueNode() ? value.asText() : "";
        }

        JsonNode facts() {
            return frontMatter.root().path(BoardFacts.KEY);
        }
    }

    private EventCatalogReader(Path given, Path root) {
        this.given = given;
        this.root = root;
    }

    /** Reads the catalog in {@code folder}: the catalog itself, or a folder holding it as {@code eventcatalog/}. */
    public static Reading read(Path folder) {
        Path root = Files.isDirectory(folder.resolve("eventcatalog"), LinkOption.NOFOLLOW_LINKS) ? folder.resolve("eventcatalog") : folder;
        EventCatalogReader reader = new EventCatalogReader(folder.toAbsolutePath().normalize(), root.toAbsolutePath().normalize());
        try {
            reader.collect();
        } catch (ImportProblem problem) {
            reader.problems.add(problem);
            return new Reading(reader.imported, reader.problems);
        } catch (IOException e) {
            reader.problems.add(new ImportProblem(folder.toString(), 0, "cannot be read: " + e.getMessage()));
            return new Reading(reader.imported, reader.problems);
        }
        if (reader.problems.isEmpty() && reader.domains.isEmpty() && reader.services.isEmpty() && reader.events.isEmpty() && reader.commands.isEmpty()) {
            reader.problems.add(new ImportProblem(folder.toString(), 0, "holds no EventCatalog: no domains/, services/, events/ or commands/ pages"
                    + " (index.mdx) in it or in its eventcatalog/ folder"));
        }
        if (reader.problems.isEmpty()) {
            reader.build();
        }
        return new Reading(reader.imported, reader.problems);
    }

    /** Every page, by what the folders above it say it is. */
    private void collect() throws IOException, ImportProblem {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new ImportProblem(root.toString(), 0, Files.exists(root) ? "is not a folder; give the catalog's folder" : "does not exist");
        }
        List<Path> pages = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && (name.startsWith(".") || name.equals("node_modules") || name.equals("dist")) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                if (attributes.isRegularFile() && (name.equals("index.mdx") || name.equals("index.md"))) {
                    pages.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (pages.size() > MAX_PAGES) {
            throw new ImportProblem(root.toString(), 0, String.format("holds %,d pages; an import reads at most %,d", pages.size(), MAX_PAGES));
        }
        pages.sort(Comparator.comparing(Path::toString));
        for (Path file : pages) {
            classify(file);
        }
    }

    private void classify(Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(part -> parts.add(part.toString()));
        int n = parts.size();
        boolean older = n >= 5 && parts.get(n - 3).equals("versioned");
        int kindAt = older ? n - 5 : n - 3;
        if (kindAt < 0) {
            return;
        }
        String kind = parts.get(kindAt);
        if (!Set.of("domains", "services", "events", "commands").contains(kind)) {
            return;
        }
        try {
            Page page = page(file);
            String id = page.text("id").isBlank() ? parts.get(kindAt + 1) : page.text("id");
            switch (kind) {
                case "domains" -> domains.putIfAbsent(id, page);
                case "services" -> services.putIfAbsent(id, page);
                case "events" -> events.computeIfAbsent(id, key -> new ArrayList<>()).add(page);
                default -> commands.putIfAbsent(id, page);
            }
        } catch (ImportProblem problem) {
            problems.add(problem);
        }
    }

    private Page page(Path file) throws ImportProblem {
        String shownAs = shown(file);
        String text;
        try {
            if (Files.size(file) > MAX_PAGE_BYTES) {
                throw new ImportProblem(shownAs, 0, "is larger than " + (MAX_PAGE_BYTES >> 20) + " MB; a catalog page is far smaller");
            }
            text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new ImportProblem(shownAs, 0, "cannot be read: " + e.getMessage());
        }
        if (!text.startsWith("---\n")) {
            throw new ImportProblem(shownAs, 1,
                    "has no front matter: a catalog page starts with a --- line, its id:, name: and version:, and another --- line");
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            throw new ImportProblem(shownAs, 1, "has no end to its front matter: the --- line after it is missing");
        }
        String yaml = text.substring(4, end + 1);
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        LocatedDocument frontMatter = LocatedDocument.of(file, yaml.getBytes(StandardCharsets.UTF_8), shownAs, true, 1);
        if (!frontMatter.root().isObject()) {
            throw frontMatter.problem("", "front matter is a mapping (id:, name:, version: ...)");
        }
        return new Page(file, shownAs, frontMatter, body, file.getParent().getParent().getFileName().toString().equals("versioned"));
    }

    private void build() {
        Map<String, String> serviceNames = new LinkedHashMap<>();
        services.forEach((id, page) -> serviceNames.put(id, name(page, id)));
        Map<String, String> contextOfService = new LinkedHashMap<>();
        for (Map.Entry<String, Page> domain : domains.entrySet()) {
            String context = name(domain.getValue(), domain.getKey());
            List<String> owned = new ArrayList<>();
            domain.getValue().frontMatter().root().path("services").forEach(service -> owned.add(service.path("id").asText()));
            String first = owned.stream().filter(serviceNames::containsKey).findFirst().orElse(null);
            imported.context(context, first == null ? "" : serviceNames.get(first));
            if (first != null) {
                contextOfService.put(first, context);
            }
        }
        for (String service : serviceNames.keySet()) {
            contextOfService.computeIfAbsent(service, id -> {
                imported.context(serviceNames.get(id), serviceNames.get(id));
                return serviceNames.get(id);
            });
        }
        Map<String, String> commandNames = new LinkedHashMap<>();
        commands.forEach((id, page) -> commandNames.put(id, command(page, id)));
        Map<String, String> eventNames = new LinkedHashMap<>();
        events.forEach((id, pages) -> eventNames.put(id, event(pages, id)));
        for (Map.Entry<String, Page> service : services.entrySet()) {
            String context = contextOfService.get(service.getKey());
            String name = serviceNames.get(service.getKey());
            for (JsonNode sent : service.getValue().frontMatter().root().path("sends")) {
                String event = eventNames.get(sent.path("id").asText());
                if (event != null) {
                    imported.find(StickyKind.EVENT, event).ifPresent(sticky -> sticky.context(context));
                }
            }
            for (JsonNode received : service.getValue().frontMatter().root().path("receives")) {
                String id = received.path("id").asText();
                if (commandNames.containsKey(id)) {
                    imported.find(StickyKind.COMMAND, commandNames.get(id)).filter(sticky -> sticky.context().isEmpty()).ifPresent(sticky -> {
                        sticky.context(context);
                        if (!name.equals(imported.contexts().get(context))) {
                            sticky.text(Field.SERVICE, name);
                        }
                    });
                } else if (eventNames.containsKey(id) && events.get(id).get(0).facts().isMissingNode()) {
                    // A catalog a board was exported to names the policies that react; one from elsewhere does not.
                    imported.reaction(eventNames.get(id), context);
                }
            }
        }
    }

    /** A command from its page: name, sections, and what the board said of its context, service and handlers. */
    private String command(Page page, String id) {
        String name = name(page, id);
        ImportedSticky sticky = imported.sticky(StickyKind.COMMAND, name).source(page.shownAs() + ":1");
        JsonNode facts = page.facts();
        sticky.context(facts.path("context").asText(null));
        String service = facts.path("service").asText("");
        if (!service.isBlank() && !service.equals(imported.contexts().getOrDefault(facts.path("context").asText(""), ""))) {
            sticky.text(Field.SERVICE, service);
        }
        for (JsonNode handler : facts.path("handlers")) {
            String aggregate = handler.path("aggregate").asText("");
            if (!aggregate.isBlank()) {
                imported.sticky(StickyKind.AGGREGATE, aggregate).context(facts.path("context").asText(null));
                imported.link(LinkRule.COMMAND_HANDLED_BY_AGGREGATE, name, aggregate);
            }
        }
        Sections.read(sticky, Mdx.unescape(page.body()), FORMAT_HEADINGS);
        return name;
    }

    /** An event from its pages (the newest and each older version's): versions with fields, sections, links. */
    private String event(List<Page> pages, String id) {
        Page newest = pages.stream().filter(page -> !page.older()).findFirst().orElse(pages.get(0));
        String name = name(newest, id);
        ImportedSticky sticky = imported.sticky(StickyKind.EVENT, name).source(newest.shownAs() + ":1");
        JsonNode facts = newest.facts();
        sticky.context(facts.path("context").asText(null));
        sticky.text(Field.EVENT_TYPE, facts.path("event_type").asText(null));
        List<EventVersion> versions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Page page : pages) {
            String version = page.facts().path("version").asText(boardVersion(page.text("version")));
            if (seen.add(version)) {
                try {
                    versions.add(EventVersion.of(version, page.facts().path("status").asText(""), fields(page)));
                } catch (ImportProblem problem) {
                    problems.add(problem);
                }
            }
        }
        sticky.versions(versions);
        for (JsonNode producer : facts.path("producers")) {
            boolean aggregate = producer.has("aggregate");
            String producerName = producer.path(aggregate ? "aggregate" : "command").asText("");
            if (!producerName.isBlank()) {
                imported.sticky(aggregate ? StickyKind.AGGREGATE : StickyKind.COMMAND, producerName).context(producer.path("context").asText(null));
                imported.link(aggregate ? LinkRule.AGGREGATE_EMITS_EVENT : LinkRule.COMMAND_PRODUCES_EVENT, producerName, name);
            }
        }
        for (JsonNode reaction : facts.path("policies")) {
            String policy = reaction.path("policy").asText("");
            if (policy.isBlank()) {
                continue;
            }
            imported.link(LinkRule.EVENT_TRIGGERS_POLICY, name, policy);
            for (JsonNode command : reaction.path("issues")) {
                imported.link(LinkRule.POLICY_ISSUES_COMMAND, policy, command.asText());
                // A policy stands in the lane of the context whose command it issues.
                imported.find(StickyKind.COMMAND, command.asText()).flatMap(ImportedSticky::context).ifPresent(
                        context -> imported.sticky(StickyKind.POLICY, policy).context(context));
            }
        }
        Sections.read(sticky, Mdx.unescape(newest.body()), FORMAT_HEADINGS);
        return name;
    }

    /** The fields of one version: its schema's payload (under {@code data} in a whole event's schema), types as written. */
    private List<SchemaField> fields(Page page) throws ImportProblem {
        String schemaPath = page.text("schemaPath");
        if (schemaPath.isBlank()) {
            return List.of();
        }
        Path folder = page.file().getParent();
        Path file = folder.resolve(schemaPath).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw page.frontMatter().problem("/schemaPath",
                    "schemaPath: " + schemaPath + " names no schema file beside the page; only files in the page's folder"
                            + " are read");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_PAGE_BYTES) {
                throw page.frontMatter().problem("/schemaPath", "schemaPath: " + schemaPath + " is larger than " + (MAX_PAGE_BYTES >> 20) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw page.frontMatter().problem("/schemaPath", "schemaPath: " + schemaPath + " cannot be read: " + e.getMessage());
        }
        String shownAs = shown(file);
        LocatedDocument schema = LocatedDocument.of(file, bytes, shownAs, !shownAs.endsWith(".json"), 0);
        JsonNode payload = schema.root().at("/properties/data").isObject() ? schema.root().at("/properties/data") : schema.root();
        Set<String> required = new HashSet<>();
        payload.path("required").forEach(node -> required.add(node.asText()));
        JsonNode types = page.facts().path("types");
        List<SchemaField> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : payload.path("properties").properties()) {
            String field = property.getKey();
            String type;
            if (types.path(field).isTextual()) {
                type = types.path(field).asText();
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> json = property.getValue().isObject() ? JSON.convertValue(property.getValue(), Map.class) : Map.of();
                type = JsonSchemas.writtenType(json);
            }
            fields.add(new SchemaField(field, type, required.contains(field), property.getValue().path("description").asText(""), Map.of()));
        }
        return fields;
    }

    /** A file as messages name it: relative to the folder given. */
    private String shown(Path file) {
        return given.relativize(file).toString().replace('\\', '/');
    }

    /** The page's name, or its id; one line. */
    private static String name(Page page, String id) {
        String name = page.text("name").strip();
        return (name.isEmpty() ? id : name).replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** EventCatalog's {@code 2.0.0} is the board's {@code v2}; {@code 2.1.0} is {@code v2.1}; other versions as written. */
    static String boardVersion(String catalog) {
        Matcher semver = SEMVER.matcher(catalog.strip());
        if (!semver.matches()) {
            return catalog.isBlank() ? "v1" : catalog.strip();
        }
        if (semver.group(3).equals("0")) {
            return "v" + semver.group(1) + (semver.group(2).equals("0") ? "" : "." + semver.group(2));
        }
        return "v" + catalog.strip();
    }

}
