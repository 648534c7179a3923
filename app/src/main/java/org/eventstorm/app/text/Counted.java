package org.eventstorm.app.text;

/** A count with its noun, as the app's messages say it: "1 error", "3 warnings", "2 files". */
public final class Counted {
    private Counted() {
    }

    /** {@code count} and {@code one}, with an "s" unless the count is one. */
    public static String of(long count, String one) {
        return of(count, one, one + "s");
    }

    /** {@code count} and {@code one} or {@code many}. */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
