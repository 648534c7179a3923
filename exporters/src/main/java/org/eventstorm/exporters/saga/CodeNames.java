package org.eventstorm.exporters.saga;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eventstorm.exporters.code.Words;
import org.eventstorm.model.saga.SagaPlan;

/**
 * The words a saga's code is named by, worked out once for every language, which only has to spell them: the saga's;
 * each service's, unique and never one of the generated code's own names; each command's and compensation's, unique
 * within its service.
 */
record CodeNames(SagaPlan plan, Words saga, List<Words> services, List<Map<String, Words>> methods) {

    /**
     * Names the generated code uses itself, in any of the three languages: a service named like one of them gets
     * "Service" added, so that its interface cannot clash with the saga's own types, the runtime's or the tests'.
     */
    static final Set<String> RESERVED = Set.of("Backoff", "Status", "StepStatus", "StepRequest", "StateStore", "InMemoryStateStore", "State",
            "Result", "Sleeper", "Settings", "Output", "StepDefinition", "SagaState", "SagaStateStore", "InMemorySagaStateStore", "SagaResult",
            "SagaSettings", "StepTimeout", "Services", "Saga", "Name", "New", "NewState", "SagaIdOf", "SagaIDOf", "DefaultSettings",
            "NewInMemoryStateStore", "Object", "String", "Map", "List", "Duration", "Optional", "Promise", "Error", "Record", "Math", "Date",
            "Set", "Store", "Runner", "SagaRunner", "Definition", "SagaDefinition", "SagaEvent", "StepHandler", "Handler", "Recorder",
            "Scenario", "Scenarios", "Subject", "Commands", "Compensations", "Table", "SqlStateStore", "SQLStateStore", "SqlSagaStateStore",
            "SqlClient", "SqlValue", "SqlStores", "SQLStores", "SqlStore", "SQLStore", "DataSource", "Kept");

    /** The runtime's own folders: a saga whose package would be one of them gets "saga" added. */
    private static final Set<String> RUNTIME_PACKAGES = Set.of("runtime", "sagaruntime");

    static CodeNames of(SagaPlan plan) {
        Words saga = Words.of(plan.name()).orElse("saga", "saga");
        List<Words> services = new ArrayList<>();
        List<Map<String, Words>> methods = new ArrayList<>();
        for (SagaPlan.Service service : plan.services()) {
            Words words = Words.of(service.name()).orElse("service", "service");
            if (RESERVED.contains(words.pascal()) || words.pascal().equalsIgnoreCase(saga.pascal())) {
                words = new Words(Stream.concat(words.words().stream(), Stream.of("Service")).toList());
            }
            services.add(unique(words, services));
            Map<String, Words> named = new LinkedHashMap<>();
            for (String method : service.methods()) {
                named.put(method, unique(Words.of(method).orElse("command", "do"), List.copyOf(named.values())));
            }
            methods.add(named);
        }
        return new CodeNames(plan, saga, List.copyOf(services), List.copyOf(methods));
    }

    Words service(SagaPlan.Service service) {
        return services.get(plan.services().indexOf(service));
    }

    Words method(SagaPlan.Service service, String method) {
        return methods.get(plan.services().indexOf(service)).get(method);
    }

    /** The words of the service method a step's command calls. */
    Words command(SagaPlan.Step step) {
        return methods.get(step.service()).get(step.command());
    }

    /** The words of the service method a step's compensation calls; the step must have one. */
    Words compensation(SagaPlan.Step step) {
        return methods.get(step.service()).get(step.compensation());
    }

    /** The saga's name as one lower-case word, for a package or a folder; never the runtime's. */
    String packageWord() {
        return RUNTIME_PACKAGES.contains(saga.lower()) ? saga.lower() + "saga" : saga.lower();
    }

    private static Words unique(Words name, List<Words> taken) {
        Set<String> keys = new HashSet<>();
        taken.forEach(words -> keys.add(words.lower()));
        Words candidate = name;
        for (int n = 2; keys.contains(candidate.lower()); n++) {
            candidate = name.numbered(n);
        }
        return candidate;
    }
}
