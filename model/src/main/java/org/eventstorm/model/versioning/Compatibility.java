package org.eventstorm.model.versioning;

/**
 * How a newer version of an event relates to an older one, in schema-registry terms with required fields:
 * <ul>
 * <li>{@link #FULL}: both ways: consumers of either version read events of the other (an optional field added or
 * removed);</li>
 * <li>{@link #BACKWARD}: consumers of the newer version read events of the older one, not the other way (a required
 * field made optional: old consumers counted on it);</li>
 * <li>{@link #FORWARD}: consumers of the older version read events of the newer one, not the other way (a required
 * field added: old consumers ignore it, but old events lack it);</li>
 * <li>{@link #BREAKING}: a required field removed or a field's type changed: consumers break.</li>
 * </ul>
 */
public enum Compatibility {
    FULL, BACKWARD, FORWARD, BREAKING;

    /** True for FULL and BACKWARD: a consumer that upgrades to the newer version still reads the older events. */
    public boolean isBackwardCompatible() {
        return this == FULL || this == BACKWARD;
    }

    public boolean isBreaking() {
        return this == BREAKING;
    }
}
