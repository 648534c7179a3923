package org.eventstorm.model.sticky;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remark someone made on a sticky in the workshop, kept in the sticky's file as one item of its Comments section:
 * {@code - **Ana** · 2026-12-06: Is this the same as Order Submitted?}.
 *
 * @param author who made it (empty when the item names nobody)
 * @param date   the day, {@code YYYY-MM-DD} (empty when the item gives none)
 */
public record Comment(String author, String date, String text) {
    private static final Pattern ITEM = Pattern.compile("\\*\\*(.+?)\\*\\*\\s*\u00B7\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*:\\s*(.*)", Pattern.DOTALL);

    public Comment {
        author = Objects.requireNonNull(author, "author").strip().replace("*", "");
        date = Objects.requireNonNull(date, "date").strip();
        text = Objects.requireNonNull(text, "text").strip().replaceAll("\\s+", " ");
    }

    /** The comment an item of the Comments section holds; an item written otherwise is a comment by nobody in particular. */
    public static Comment parse(String item) {
        Matcher matcher = ITEM.matcher(item.strip());
        if (matcher.matches()) {
            return new Comment(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2), matcher.group(3));
        }
        return new Comment("", "", item);
    }

    /** The item as the Comments section writes it. */
    public String item() {
        if (author.isEmpty()) {
            return date.isEmpty() ? text : date + ": " + text;
        }
        return "**" + author + "** \u00B7 " + (date.isEmpty() ? "" : date) + ": " + text;
    }
}
