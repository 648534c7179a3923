package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.saga.FailureHandling;
import org.eventstorm.model.saga.Idempotency;
import org.eventstorm.model.saga.Saga;
import org.eventstorm.model.saga.SagaStep;
import org.eventstorm.model.saga.StatePersistence;
import org.eventstorm.model.sticky.Retry;

/** Every saga the tool writes reads back equal, whatever its names hold; and a change written in place reads back too. */
class SagaFileProperties {
    private static final DefinitionId ID = DefinitionId.of(DefinitionKind.SAGA, "property");

    @Provide
    Arbitrary<String> text() {
        // Words and the characters YAML treats specially: quotes, colons, hashes, brackets, dashes, numbers, other scripts.
        // (Text read from a file is decoded from UTF-8, so it never holds half of a surrogate pair; whole emoji are here.)
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ 019-_:#,[]{}'\"\\&*!|>%@`?.\u00e9\u6ce8").ofMinLength(1).ofMaxLength(24),
                Arbitraries.of("true", "no", "null", "~", "3", "1.5", "0x1F", "2026-01-01", "- item", "a: b", "x #y", " lead", "trail ",
                        "\ud83e\uddfe receipt", "caf\u00e9 \ud83d\ude00", "tab\there")).filter(value -> !value.isBlank() && value.indexOf('\r') < 0);
    }

    @Provide
    Arbitrary<Saga> sagas() {
        Arbitrary<SagaStep> step = Combinators.combine(text(), text(), text(), Arbitraries.of("5s", "", "1h30m", "soon"), text(),
                Arbitraries.integers().between(0, 5), Arbitraries.of("", "linear", "exponential"), text().list().ofMaxSize(2)).as(
                        (id, service, command, timeout, compensation, attempts, backoff, depends) -> new SagaStep(id, service, command, timeout, compensation,
                                Retry.of(attempts, backoff), depends, Map.of()));
        Arbitrary<Saga> head = Combinators.combine(text(), text(), text(), step.list().ofMaxSize(5)).as(
                (name, trigger, description, steps) -> new Saga(name, trigger, description, steps, "", List.of(), null, null, null, Map.of()));
        return Combinators.combine(head, Arbitraries.of("", "reverse", "custom"), text().list().ofMaxSize(3), Arbitraries.integers().between(0, 4),
                text().list().ofMaxSize(3), extra()).as(
                        (saga, order, custom, attempts, keys, extra) -> new Saga(saga.name(), saga.triggerEvent(), saga.description(), saga.steps(),
                                order, custom, new FailureHandling("compensate", "fail", attempts, Map.of()), new StatePersistence("database", "", Map.of()),
                                new Idempotency(attempts % 2 == 0, keys, Map.of()), extra));
    }

    private Arbitrary<Map<String, Object>> extra() {
        return Arbitraries.of(Map.<String, Object>of(), Map.<String, Object>of("owner", "payments"),
                orderedOf("owner", "team: ledger", "reviewers", List.of("ana", "bo")));
    }

    private static Map<String, Object> orderedOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    @Property(tries = 400)
    void writeThenReadIsEqual(@ForAll("sagas") Saga saga) throws FormatException {
        String written = DefinitionFiles.write(ID, saga, null, "001-feature");
        ParsedDefinition read = DefinitionFiles.parse(ID, written.getBytes(StandardCharsets.UTF_8));
        assertEquals(saga, read.definition(), written);
    }

    @Property(tries = 200)
    void aChangeWrittenOverTheOldTextReadsBackEqual(@ForAll("sagas") Saga saga, @ForAll("text") String newName) throws FormatException {
        String written = DefinitionFiles.write(ID, saga, null, "");
        ParsedDefinition read = DefinitionFiles.parse(ID, written.getBytes(StandardCharsets.UTF_8));
        List<SagaStep> steps = new ArrayList<>(saga.steps());
        if (!steps.isEmpty()) {
            steps.set(0, steps.get(0).withCommand(newName));
        }
        Saga changed = new Saga(newName, saga.triggerEvent(), saga.description(), steps, saga.compensationOrder(), saga.customOrder(),
                saga.failureHandling(), saga.statePersistence(), saga.idempotency(), saga.extra());
        String patched = DefinitionFiles.write(ID, changed, read.source(), "");
        assertEquals(changed, DefinitionFiles.parse(ID, patched.getBytes(StandardCharsets.UTF_8)).definition(), patched);
    }
}
