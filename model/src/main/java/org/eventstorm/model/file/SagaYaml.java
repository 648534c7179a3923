package org.eventstorm.model.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eventstorm.model.saga.FailureHandling;
import org.eventstorm.model.saga.Idempotency;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaStep;
import org.eventstorm.model.saga.StatePersistence;
import org.eventstorm.model.sticky.Retry;

/**
 * The saga DSL of the feature spec, read from and written to YAML. A new file is written in the spec's own layout
 * (a blank line between steps and between sections, short lists in brackets, the choices of an option in a comment);
 * what the tool does not know is kept.
 */
final class SagaYaml {
    private static final Set<String> SAGA_KEYS = Set.of("name", "trigger_event", "description", "steps", "compensation_order",
            "custom_order", "failure_handling", "state_persistence", "idempotency");
    private static final Set<String> STEP_KEYS = Set.of("id", "service", "command", "timeout", "compensation", "retry", "depends_on");
    private static final Set<String> RETRY_KEYS = Set.of("max_attempts", "backoff");
    private static final Set<String> FAILURE_KEYS = Set.of("on_timeout", "on_error", "max_compensation_attempts");
    private static final Set<String> STATE_KEYS = Set.of("backend", "table");
    private static final Set<String> IDEMPOTENCY_KEYS = Set.of("enabled", "key_fields");

    private SagaYaml() {
    }

    /** The saga in {@code root}, the whole file's YAML. */
    static Saga read(YamlNode root) throws FormatException {
        YamlNode.Mapping top = YamlReading.mapping(root, "A saga file");
        YamlReading.onlyKeys(top, Set.of("saga"), "A saga file");
        YamlNode sagaNode = top.get("saga").orElseThrow(() -> new FormatException(1, "needs a 'saga:' at the top, as the saga DSL has it"));
        YamlNode.Mapping saga = YamlReading.mapping(sagaNode, "'saga'");
        String name = YamlReading.required(saga, "name", "A saga");
        List<SagaStep> steps = new ArrayList<>();
        YamlNode stepsNode = saga.get("steps").orElse(null);
        if (stepsNode != null && !(stepsNode instanceof YamlNode.Scalar scalar && scalar.isNull())) {
            if (!(stepsNode instanceof YamlNode.Sequence sequence)) {
                throw new FormatException(stepsNode.line(), "'steps' should be a list of steps, each starting with '- id:'");
            }
            for (YamlNode item : sequence.items()) {
                steps.add(step(YamlReading.mapping(item, "A step")));
            }
        }
        return new Saga(name, YamlReading.text(saga, "trigger_event"), YamlReading.text(saga, "description"), steps,
                YamlReading.text(saga, "compensation_order"), YamlReading.texts(saga, "custom_order"),
                failureHandling(saga), statePersistence(saga), idempotency(saga), YamlReading.extra(saga, SAGA_KEYS));
    }

    private static SagaStep step(YamlNode.Mapping step) throws FormatException {
        String id = YamlReading.required(step, "id", "A step");
        Retry retry = Retry.EMPTY;
        YamlNode retryNode = step.get("retry").orElse(null);
        if (retryNode != null && !(retryNode instanceof YamlNode.Scalar scalar && scalar.isNull())) {
            YamlNode.Mapping mapping = YamlReading.mapping(retryNode, "'retry' of step '" + id + "'");
            retry = new Retry(YamlReading.count(mapping, "max_attempts", SagaSchema.minimum("/saga/steps/*/retry/max_attempts")),
                    YamlReading.text(mapping, "backoff"),
                    YamlReading.extra(mapping, RETRY_KEYS));
        }
        return new SagaStep(id, YamlReading.text(step, "service"), YamlReading.text(step, "command"), YamlReading.text(step, "timeout"),
                YamlReading.text(step, "compensation"), retry, YamlReading.texts(step, "depends_on"), YamlReading.extra(step, STEP_KEYS));
    }

    private static FailureHandling failureHandling(YamlNode.Mapping saga) throws FormatException {
        YamlNode.Mapping mapping = section(saga, "failure_handling");
        return mapping == null ? FailureHandling.NONE : new FailureHandling(YamlReading.text(mapping, "on_timeout"),
                YamlReading.text(mapping, "on_error"), YamlReading.count(mapping, "max_compensation_attempts",
                        SagaSchema.minimum("/saga/failure_handling/max_compensation_attempts")),
                YamlReading.extra(mapping, FAILURE_KEYS));
    }

    private static StatePersistence statePersistence(YamlNode.Mapping saga) throws FormatException {
        YamlNode.Mapping mapping = section(saga, "state_persistence");
        return mapping == null ? StatePersistence.NONE : new StatePersistence(YamlReading.text(mapping, "backend"),
                YamlReading.text(mapping, "table"), YamlReading.extra(mapping, STATE_KEYS));
    }

    private static Idempotency idempotency(YamlNode.Mapping saga) throws FormatException {
        YamlNode.Mapping mapping = section(saga, "idempotency");
        return mapping == null ? Idempotency.NONE : new Idempotency(YamlReading.flag(mapping, "enabled"),
                YamlReading.texts(mapping, "key_fields"), YamlReading.extra(mapping, IDEMPOTENCY_KEYS));
    }

    private static YamlNode.Mapping section(YamlNode.Mapping saga, String key) throws FormatException {
        YamlNode node = saga.get(key).orElse(null);
        if (node == null || node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return null;
        }
        return YamlReading.mapping(node, "'" + key + "'");
    }

    /**
     * The saga in the DSL's layout.
     *
     * @param header the comment for the first line (where the file lives in the spec tree), or null for none
     */
    static String write(Saga saga, String header) {
        YamlText out = new YamlText();
        if (header != null && !header.isBlank()) {
            out.comment(header).blank();
        }
        out.line(0, "saga:");
        out.entry(1, "name", saga.name());
        out.entry(1, "trigger_event", saga.triggerEvent());
        out.entry(1, "description", saga.description());
        if (!saga.steps().isEmpty()) {
            out.blank().line(1, "steps:");
            for (int i = 0; i < saga.steps().size(); i++) {
                if (i > 0) {
                    out.blank();
                }
                step(out, saga.steps().get(i));
            }
        }
        if (!saga.compensationOrder().isEmpty() || !saga.customOrder().isEmpty()) {
            out.blank();
            out.entryWithHint(1, "compensation_order", saga.compensationOrder(), "reverse | custom");
            out.list(1, "custom_order", saga.customOrder());
        }
        FailureHandling failure = saga.failureHandling();
        if (!failure.isEmpty()) {
            out.blank().line(1, "failure_handling:");
            out.entry(2, "on_timeout", failure.onTimeout());
            out.entry(2, "on_error", failure.onError());
            out.count(2, "max_compensation_attempts", failure.maxCompensationAttempts());
            out.extra(2, failure.extra());
        }
        StatePersistence state = saga.statePersistence();
        if (!state.isEmpty()) {
            out.blank().line(1, "state_persistence:");
            out.entryWithHint(2, "backend", state.backend(), "database | event-store | memory");
            out.entry(2, "table", state.table());
            out.extra(2, state.extra());
        }
        Idempotency idempotency = saga.idempotency();
        if (!idempotency.isEmpty()) {
            out.blank().line(1, "idempotency:");
            if (idempotency.enabled() != null) {
                out.line(2, "enabled: " + idempotency.enabled());
            }
            out.list(2, "key_fields", idempotency.keyFields());
            out.extra(2, idempotency.extra());
        }
        if (!saga.extra().isEmpty()) {
            out.blank().extra(1, saga.extra());
        }
        return out.toString();
    }

    private static void step(YamlText out, SagaStep step) {
        out.line(2, "- id: " + YamlScalars.block(step.id()));
        out.entry(3, "service", step.service());
        out.entry(3, "command", step.command());
        out.entry(3, "timeout", step.timeout());
        out.entry(3, "compensation", step.compensation());
        Retry retry = step.retry();
        if (!retry.isEmpty()) {
            out.line(3, "retry:");
            out.count(4, "max_attempts", retry.maxAttempts());
            out.entry(4, "backoff", retry.backoff());
            out.extra(4, retry.extra());
        }
        out.list(3, "depends_on", step.dependsOn());
        out.extra(3, step.extra());
    }
}
