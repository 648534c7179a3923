package org.eventstorm.model.board;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the board names things, from {@code board.yaml}: the language its stickies are written in ({@code language:
 * de}; English when absent), which decides whether the grammar rules can read its names, and the convention its
 * {@code event_type}s follow ({@code event_types: cloudevents}; {@code versioned} when absent).
 *
 * @param language an ISO 639-1 code in lower case ("en", "de", "fr" ...)
 */
public record Naming(String language, EventTypeStyle eventTypes) {
    public static final Naming DEFAULT = new Naming("en", EventTypeStyle.VERSIONED);

    public Naming {
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        Objects.requireNonNull(eventTypes, "eventTypes");
    }

    public boolean isEnglish() {
        return language.equals("en") || language.startsWith("en-") || language.equals("english");
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public Naming withLanguage(String newLanguage) {
        return new Naming(newLanguage, eventTypes);
    }

    /** The conventions an {@code event_type} may follow. */
    public enum EventTypeStyle {
        /** The feature spec's {@code {domain}.{entity}.{action}.v{n}}: {@code orders.order.placed.v1}. */
        VERSIONED("versioned", "{domain}.{entity}.{action}.v{n}", "orders.order.placed.v1"),
        /** The CloudEvents style of the EDA standards: {@code {domain}.{aggregate}.{Event}}, {@code orders.order.OrderPlaced}. */
        CLOUDEVENTS("cloudevents", "{domain}.{aggregate}.{Event}", "orders.order.OrderPlaced");

        private final String word;
        private final String shape;
        private final String example;

        EventTypeStyle(String word, String shape, String example) {
            this.word = word;
            this.shape = shape;
            this.example = example;
        }

        /** As written in {@code board.yaml}. */
        public String word() {
            return word;
        }

        /** The shape, for messages: {@code {domain}.{entity}.{action}.v{n}}. */
        public String shape() {
            return shape;
        }

        public String example() {
            return example;
        }

        public static Optional<EventTypeStyle> fromWord(String written) {
            String word = written.strip().toLowerCase(Locale.ROOT);
            for (EventTypeStyle style : values()) {
                if (style.word.equals(word)) {
                    return Optional.of(style);
                }
            }
            return Optional.empty();
        }
    }
}
