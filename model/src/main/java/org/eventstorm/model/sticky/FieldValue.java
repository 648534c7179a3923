package org.eventstorm.model.sticky;

/**
 * The value of one {@link Field}. Which type a field holds is fixed by its {@link Field.Shape}.
 */
public sealed interface FieldValue permits Text, Names, SchemaFields, Versions, Retry, Markdown {

    /** True when the value says nothing (blank text, empty list, empty markdown). */
    boolean isEmpty();
}
