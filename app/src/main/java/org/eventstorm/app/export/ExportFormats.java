package org.eventstorm.app.export;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.eventstorm.exporters.Exporter;

/** The export formats the app offers, in the order {@code ExportModule} binds them: the window knows them only through this. */
@Singleton
public final class ExportFormats {
    private final List<Exporter> all;

    @Inject
    public ExportFormats(Set<Exporter> exporters) {
        this.all = List.copyOf(exporters);
    }

    public List<Exporter> all() {
        return all;
    }
}
