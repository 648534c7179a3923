package org.eventstorm.model.sticky;

import java.util.List;
import java.util.Optional;

/** Orange: something that happened in the domain, named in the past tense ("Order Placed"). */
public record DomainEvent(StickyContent content) implements Sticky {
    public DomainEvent {
        KindCheck.require(StickyKind.EVENT, content);
    }

    @Override
    public StickyKind kind() {
        return StickyKind.EVENT;
    }

    /** When it happens, in the domain's words ("when customer completes checkout"). */
    /** True when the room marked this event pivotal ({@code pivotal: true}). */
    public boolean isPivotal() {
        return content.text(Field.PIVOTAL).map(value -> value.strip().equalsIgnoreCase("true")).orElse(false);
    }

    public Optional<String> timestamp() {
        return content.text(Field.TIMESTAMP);
    }

    /** The bounded context it belongs to, by name. */
    public Optional<String> context() {
        return content.text(Field.CONTEXT);
    }

    /** The wire type, {@code {domain}.{entity}.{action}.v{n}} ("orders.order.placed.v1"). */
    public Optional<String> eventType() {
        return content.text(Field.EVENT_TYPE);
    }

    public Optional<String> version() {
        return content.text(Field.VERSION);
    }

    /** The payload fields of the current version. */
    public List<SchemaField> schema() {
        return content.schema(Field.SCHEMA);
    }

    /**
     * What the event carries: its schema, else its Data Carried read as fields (the spec's template writes only
     * that; see {@link DataCarried}).
     */
    public List<SchemaField> payload() {
        List<SchemaField> schema = schema();
        return schema.isEmpty() ? DataCarried.fields(dataCarried()) : schema;
    }

    /** Every version with its own schema, when the event has more than one. */
    public List<EventVersion> versions() {
        return content.get(Field.VERSIONS).map(value -> ((Versions) value).versions()).orElse(List.of());
    }

    public Markdown trigger() {
        return content.markdown(Field.TRIGGER);
    }

    public Markdown businessContext() {
        return content.markdown(Field.BUSINESS_CONTEXT);
    }

    public List<String> dataCarried() {
        return content.items(Field.DATA_CARRIED);
    }

    public List<String> consequences() {
        return content.items(Field.CONSEQUENCES);
    }
}
