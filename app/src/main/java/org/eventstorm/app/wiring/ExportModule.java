package org.eventstorm.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.asyncapi.AsyncApiExporter;
import org.eventstorm.exporters.eventcatalog.EventCatalogExporter;
import org.eventstorm.exporters.picture.PictureExporter;
import org.eventstorm.exporters.saga.SagaCodeExporter;
import org.eventstorm.exporters.saga.SagaExporter;
import org.eventstorm.exporters.saga.StateMachineExporter;
import org.eventstorm.exporters.spec.SpecExporter;
import org.eventstorm.exporters.timeline.TimelineExporter;
import org.eventstorm.exporters.versioning.VersioningExporter;

/** The export formats: a new format is one class and one line here. The command line and the Export menu read this set. */
public final class ExportModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<Exporter> exporters = Multibinder.newSetBinder(binder(), Exporter.class);
        exporters.addBinding().to(SpecExporter.class);
        exporters.addBinding().to(TimelineExporter.class);
        exporters.addBinding().to(EventCatalogExporter.class);
        exporters.addBinding().to(PictureExporter.class);
        exporters.addBinding().to(SagaExporter.class);
        exporters.addBinding().to(SagaCodeExporter.class);
        exporters.addBinding().to(StateMachineExporter.class);
        exporters.addBinding().to(VersioningExporter.class);
        exporters.addBinding().to(AsyncApiExporter.class);
    }
}
