package org.eventstorm.model.validate.rules;

/** Test access to the event type pattern. */
public final class EventTypeFormatRuleAccess {
    private EventTypeFormatRuleAccess() {
    }

    public static boolean matches(String type) {
        return EventTypeFormatRule.FORMAT.matcher(type).matches();
    }
}
