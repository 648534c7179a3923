package org.eventstorm.exporters.eventcatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.MessageRoutes;
import org.eventstorm.exporters.SafeFileName;
import org.eventstorm.exporters.StickySummary;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.schema.EventEnvelope;
import org.eventstorm.exporters.schema.JsonSchemas;
import org.eventstorm.exporters.timeline.TimelineExporter;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.timeline.Timeline;
import org.eventstorm.model.versioning.EventVersions;
import org.eventstorm.model.timeline.WhyEmpty;

/**
 * An EventCatalog (3.x) folder: a domain and a team per bounded context, services from the {@code service} of
 * commands, aggregates and contexts (each under its context's domain), events with a page and a JSON Schema per
 * version (see {@link CatalogVersions}; the schema from {@code versions:}, else {@code schema}, else Data Carried), commands, and a flow that follows the timeline. A service sends the events its commands and aggregates
 * produce and receives the commands it handles and the events its policies react to. Every piece of text from the
 * board reaches a page body through {@link Mdx}; front matter is written by Jackson YAML.
 */
public final class EventCatalogExporter implements Exporter {
    /** The most steps one flow page draws; a longer timeline is split into parts. */
    static final int FLOW_PART = 100;
    static final String VERSION = "0.0.1";
    static final String CORE_VERSION = "3.48.4";

    @Override
    public String id() {
        return "eventcatalog";
    }

    @Override
    public String title() {
        return "EventCatalog";
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        new Catalog(input, target).write();
    }

    /** One export run: the ids it hands out and the pages it writes. */
    private static final class Catalog {
        private final Board board;
        private final ExportInput input;
        private final TargetFolder target;
        private final Map<StickyId, String> messageIds = new HashMap<>();
        private final Map<String, String> serviceIds = new LinkedHashMap<>();
        private final MessageRoutes routes;

        Catalog(ExportInput input, TargetFolder target) {
            this.input = input;
            this.board = input.board();
            this.routes = new MessageRoutes(board, new LinkIndex(input.links()));
            this.target = target;
        }

        void write() throws IOException {
            BoardSettings settings = board.settings();
            assignIds();
            target.write("eventcatalog/package.json", packageJson(settings));
            target.write("eventcatalog/eventcatalog.config.js", config(settings));
            for (BoundedContext context : settings.contexts()) {
                writeTeam(context);
                writeDomain(context);
            }
            for (Map.Entry<String, String> service : serviceIds.entrySet()) {
                writeService(service.getKey(), service.getValue());
            }
            for (Map.Entry<StickyId, String> message : messageIds.entrySet()) {
                writeMessage(message.getKey(), message.getValue());
            }
            writeFlow(settings);
        }

        /** Message ids from names, unique across events and commands; service ids from names, in board order. */
        private void assignIds() {
            Set<String> taken = new HashSet<>();
            for (StickyId id : board.ids()) {
                if (id.kind() == StickyKind.EVENT || id.kind() == StickyKind.COMMAND) {
                    messageIds.put(id, unique(SafeFileName.of(board.get(id).name()), taken));
                }
            }
            Set<String> serviceTaken = new HashSet<>();
            for (String name : routes.services().keySet()) {
                serviceIds.put(name, unique(SafeFileName.of(name), serviceTaken));
            }
        }

        private void writeTeam(BoundedContext context) throws IOException {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("id", teamId(context));
            page.put("name", context.name() + " team");
            target.write("eventcatalog/teams/" + teamId(context) + ".mdx", FrontMatter.page(page,
                    "The people who own the " + Mdx.inline(context.name()) + " bounded context.\n"));
        }

        private void writeDomain(BoundedContext context) throws IOException {
            Map<String, Object> page = resource(SafeFileName.of(context.name()), context.name(),
                    "The " + context.name() + " bounded context of " + board.settings().title() + ".");
            List<Map<String, Object>> services = new ArrayList<>();
            routes.services().forEach((name, owner) -> {
                if (owner.filter(context::equals).isPresent()) {
                    services.add(Map.of("id", serviceIds.get(name)));
                }
            });
            page.put("services", services);
            page.put("owners", List.of(teamId(context)));
            target.write("eventcatalog/domains/" + SafeFileName.of(context.name()) + "/index.mdx",
                    FrontMatter.page(page, "## Architecture\n\n<NodeGraph />\n"));
        }

        private void writeService(String name, String id) throws IOException {
            Optional<BoundedContext> context = routes.services().get(name);
            Map<String, Object> page = resource(id, name,
                    context.map(owner -> "Serves the " + owner.name() + " bounded context.").orElse("A service of " + board.settings().title() + "."));
            page.put("sends", routes.sends(name).stream().map(message -> Map.of("id", messageIds.get(message))).toList());
            page.put("receives", routes.receives(name).stream().map(message -> Map.of("id", messageIds.get(message))).toList());
            context.ifPresent(owner -> page.put("owners", List.of(teamId(owner))));
            String folder = context.map(owner -> "eventcatalog/domains/" + SafeFileName.of(owner.name()) + "/services/").orElse("eventcatalog/services/");
            target.write(folder + id + "/index.mdx", FrontMatter.page(page, "## Architecture\n\n<NodeGraph />\n"));
        }

        private void writeMessage(StickyId id, String messageId) throws IOException {
            Sticky sticky = board.get(id);
            Map<String, Object> page = resource(messageId, sticky.name(), StickySummary.of(sticky));
            StringBuilder body = new StringBuilder();
            if (!sticky.intro().isEmpty()) {
                body.append(Mdx.escape(sticky.intro().source().strip())).append("\n\n");
            }
            for (Field field : id.kind().templateSections()) {
                Markdown section = sticky.content().markdown(field);
                if (!section.isEmpty()) {
                    body.append("## ").append(field.label()).append("\n\n").append(Mdx.escape(section.source().strip())).append("\n\n");
                }
            }
            String folder = "eventcatalog/" + (id.kind() == StickyKind.EVENT ? "events/" : "commands/") + messageId;
            if (!(sticky instanceof DomainEvent event)) {
                page.put(BoardFacts.KEY, BoardFacts.ofCommand(board, routes, id));
                body.append("## Architecture\n\n<NodeGraph />\n");
                target.write(folder + "/index.mdx", FrontMatter.page(page, body.toString()));
                return;
            }
            List<EventVersion> versions = EventVersions.of(event);
            EventVersion newest = versions.get(versions.size() - 1);
            for (EventVersion version : versions) {
                boolean isNewest = version == newest;
                Map<String, Object> versionPage = new LinkedHashMap<>(page);
                versionPage.put("version", CatalogVersions.catalogVersion(version.version()));
                List<Map<String, Object>> badges = new ArrayList<>();
                if (isNewest) {
                    event.eventType().ifPresent(type -> badges.add(badge(type, "orange")));
                }
                if (versions.size() > 1 && !version.status().isBlank()) {
                    badges.add(badge(version.status().strip(), CatalogVersions.isDeprecated(version) ? "gray" : "green"));
                }
                if (!badges.isEmpty()) {
                    versionPage.put("badges", badges);
                }
                if (CatalogVersions.isDeprecated(version)) {
                    versionPage.put("deprecated", true);
                }
                versionPage.put(BoardFacts.KEY, BoardFacts.ofEvent(board, routes, id, version, isNewest));
                StringBuilder versionBody = new StringBuilder(body);
                if (versions.size() > 1) {
                    versionBody.append("## Version\n\n").append(versionLine(version, versions)).append("\n\n");
                }
                String versionFolder = isNewest ? folder : folder + "/versioned/" + CatalogVersions.folder(version.version());
                if (!version.schema().isEmpty()) {
                    versionPage.put("schemaPath", "schema.json");
                    target.write(versionFolder + "/schema.json", JsonSchemas.of(event.name() + (versions.size() > 1 ? " " + version.version() : ""),
                            version.schema(), EventEnvelope.of(board.settings().naming().eventTypes(), event, version)));
                    versionBody.append("## Schema\n\n<SchemaViewer file=\"schema.json\" />\n\n");
                }
                versionBody.append("## Architecture\n\n<NodeGraph />\n");
                target.write(versionFolder + "/index.mdx", FrontMatter.page(versionPage, versionBody.toString()));
            }
        }

        /** "v1 (deprecated), sunset on 2027-06-30, of 3 versions; the newest is v3." */
        private static String versionLine(EventVersion version, List<EventVersion> versions) {
            StringBuilder line = new StringBuilder(Mdx.inline(version.version()));
            if (!version.status().isBlank()) {
                line.append(" (").append(Mdx.inline(version.status().strip())).append(")");
            }
            if (!version.sunsetDate().isBlank()) {
                line.append(", sunset on ").append(Mdx.inline(version.sunsetDate()));
            }
            return line.append(", one of ").append(versions.size()).append(" versions; the newest is ").append(
                    Mdx.inline(versions.get(versions.size() - 1).version())).append(".").toString();
        }

        private static Map<String, Object> badge(String content, String color) {
            Map<String, Object> badge = new LinkedHashMap<>();
            badge.put("content", content);
            badge.put("backgroundColor", color);
            badge.put("textColor", "white");
            return badge;
        }

        /**
         * A flow per board, step by step along the timeline ({@link FlowSteps}); a long timeline in parts of at most
         * {@link #FLOW_PART} steps, each page saying which part it is (EventCatalog draws a flow as one graph in the
         * browser, and one of a thousand steps takes it minutes to lay out, then overflows its stack).
         */
        private void writeFlow(BoardSettings settings) throws IOException {
            Timeline timeline = TimelineExporter.timeline(input);
            if (timeline.steps().isEmpty()) {
                target.note("no flow: " + WhyEmpty.of(board));
                return;
            }
            String id = SafeFileName.of(settings.session().isBlank() ? settings.title() : settings.session());
            List<StickyId> anchors = timeline.steps().stream().map(step -> step.anchor()).toList();
            int parts = (anchors.size() + FLOW_PART - 1) / FLOW_PART;
            String summary = "The " + timeline.journey().toLowerCase(Locale.ROOT) + " of " + settings.title() + ", step by step as on the board";
            if (parts > 1) {
                target.note(String.format(Locale.ROOT, "the flow of %,d steps is in %d parts of at most %d steps", anchors.size(), parts, FLOW_PART));
            }
            for (int part = 1; part <= parts; part++) {
                int from = (part - 1) * FLOW_PART;
                int to = Math.min(anchors.size(), from + FLOW_PART);
                String partId = parts == 1 ? id : id + "-part-" + part;
                String name = parts == 1 ? settings.title() : settings.title() + " (part " + part + " of " + parts + ")";
                Map<String, Object> page = resource(partId, name, parts == 1 ? summary + "." : String.format(Locale.ROOT,
                        "%s: steps %,d to %,d of %,d.", summary, from + 1, to, anchors.size()));
                page.put("steps", FlowSteps.of(board, anchors.subList(from, to), messageIds));
                String body = parts == 1 ? "The flow as the workshop told it.\n\n<NodeGraph />\n" : String.format(Locale.ROOT,
                        "The flow as the workshop told it, part %d of %d: steps %,d to %,d of %,d. A flow this long is split into parts of"
                                + " %d steps, as a graph of more cannot be drawn on one page; %s\n\n<NodeGraph />\n",
                        part, parts, from + 1, to, anchors.size(), FLOW_PART, part < parts ? "part " + (part + 1) + " goes on from its last step."
                                : "this is the last part.");
                target.write("eventcatalog/flows/" + partId + "/index.mdx", FrontMatter.page(page, body));
            }
        }

        private static Map<String, Object> resource(String id, String name, String summary) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("id", id);
            page.put("name", name);
            page.put("version", VERSION);
            page.put("summary", summary);
            return page;
        }

        private static String teamId(BoundedContext context) {
            return SafeFileName.of(context.name()) + "-team";
        }

        private static String unique(String base, Set<String> taken) {
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        private static String packageJson(BoardSettings settings) {
            return "{\n"
                    + "  \"name\": \"" + SafeFileName.of(settings.title()) + "-eventcatalog\",\n"
                    + "  \"private\": true,\n"
                    + "  \"scripts\": {\n    \"dev\": \"eventcatalog dev\",\n    \"build\": \"eventcatalog build\"\n  },\n"
                    + "  \"dependencies\": {\n    \"@eventcatalog/core\": \"" + CORE_VERSION + "\"\n  },\n"
                    + "  \"overrides\": {\n    \"@scalar/api-reference-react\": \"0.9.74\"\n  }\n"
                    + "}\n";
        }

        private static String config(BoardSettings settings) {
            UUID cId = UUID.nameUUIDFromBytes(
                    ("eventstorm:" + settings.feature() + "/" + settings.session() + "/" + settings.title()).getBytes(StandardCharsets.UTF_8));
            return "/** @type {import('@eventcatalog/core/bin/eventcatalog.config').Config} */\n"
                    + "export default {\n"
                    + "  cId: '" + cId + "',\n"
                    + "  title: " + jsString(settings.title()) + ",\n"
                    + "  tagline: " + jsString("Event Storming: " + settings.title()) + ",\n"
                    + "  organizationName: " + jsString(settings.title()) + ",\n"
                    + "  output: 'static',\n"
                    + "  trailingSlash: false,\n"
                    + "  base: '/',\n"
                    + "};\n";
        }

        /** A JavaScript string literal. */
        private static String jsString(String text) {
            StringBuilder out = new StringBuilder("'");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '\'', '\\' -> out.append('\\').append(c);
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '<' -> out.append("\\u003c");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('\'').toString();
        }
    }
}
