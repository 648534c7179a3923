package org.eventstorm.exporters.saga;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Exporter;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.model.saga.SagaPlan;

/**
 * {@code saga-code/<language>/...}: the language's saga runtime, then each saga's definition, services and test
 * scenarios, in Java, TypeScript and Go (all three, or the one {@code saga-code:java|ts|go} names), and the DDL of
 * each table a saga kept in a database uses.
 */
public final class SagaCodeExporter implements Exporter {
    private static final List<SagaCodeGenerator> ALL = List.of(new JavaSagaCode(), new TypeScriptSagaCode(), new GoSagaCode());
    private final List<SagaCodeGenerator> generators;

    public SagaCodeExporter() {
        this(ALL);
    }

    private SagaCodeExporter(List<SagaCodeGenerator> generators) {
        this.generators = List.copyOf(generators);
    }

    @Override
    public String id() {
        return "saga-code";
    }

    @Override
    public String title() {
        return generators.size() == 1 ? "Saga code (" + generators.get(0).language() + ")" : "Saga code (Java, TypeScript, Go)";
    }

    @Override
    public List<String> options() {
        return ALL.stream().map(SagaCodeGenerator::language).toList();
    }

    @Override
    public Optional<Exporter> withOption(String option) {
        return ALL.stream().filter(generator -> generator.language().equals(option)).findFirst().map(generator -> new SagaCodeExporter(List.of(generator)));
    }

    @Override
    public void export(ExportInput input, TargetFolder target) throws IOException {
        List<SagaSource.Entry> sagas = SagaSource.of(input, target);
        List<SagaPlan> plans = sagas.stream().map(entry -> SagaPlan.of(entry.saga(), entry.id())).toList();
        List<String> tables = SagaStateTable.of(plans);
        for (SagaSource.Entry entry : sagas) {
            if (entry.saga().statePersistence().backend().strip().equals("event-store")) {
                target.note(entry.saga().name() + " keeps its state in an event store, which the saga code does not provide: pass a StateStore of"
                        + " your own to the saga (the code has one in memory, and one in SQL for backend: database)");
            }
        }
        for (SagaCodeGenerator generator : generators) {
            String folder = "saga-code/" + generator.language() + "/";
            if (!sagas.isEmpty()) {
                for (Map.Entry<String, String> file : new TreeMap<>(generator.projectFiles()).entrySet()) {
                    target.write(folder + file.getKey(), file.getValue());
                }
            }
            for (SagaPlan plan : plans) {
                for (Map.Entry<String, String> file : generator.files(plan).entrySet()) {
                    target.write(folder + file.getKey(), file.getValue());
                }
            }
            for (String table : tables) {
                target.write(folder + generator.sqlFolder() + table + ".sql", SagaStateTable.ddl(table));
            }
        }
    }
}
