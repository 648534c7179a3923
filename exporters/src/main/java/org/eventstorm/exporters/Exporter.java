package org.eventstorm.exporters;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One output format. An exporter reads the board and writes files into its target folder, only through
 * {@link TargetFolder}, which refuses any path outside it. The app binds every exporter into a set, so a new format
 * is one class and one binding.
 */
public interface Exporter {

    /** The format's id on the command line ({@code timeline}). */
    String id();

    /** The format's name in the app's Export menu ({@code Timeline (markdown, SVG, PNG)}). */
    String title();

    /** Writes the export of {@code input} into {@code target}. */
    void export(ExportInput input, TargetFolder target) throws IOException;

    /** The options {@code --format id:option} takes ({@code java}, {@code ts}, {@code go} for saga code); none for most formats. */
    default List<String> options() {
        return List.of();
    }

    /** This format with one of its {@link #options()}; empty for an option it does not have. */
    default Optional<Exporter> withOption(String option) {
        return Optional.empty();
    }
}
