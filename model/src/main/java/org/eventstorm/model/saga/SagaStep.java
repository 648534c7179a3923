package org.eventstorm.model.saga;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventstorm.model.sticky.OrderedMaps;
import org.eventstorm.model.sticky.Retry;

/**
 * One step of a saga: a command sent to a service, how long to wait for it, how often to try it, and the command
 * that undoes it. Names are as written in the DSL ({@code ReserveInventory}); empty when not given.
 *
 * @param dependsOn the ids of the steps that must complete first
 * @param extra     keys the tool does not know, kept in order
 */
public record SagaStep(String id, String service, String command, String timeout, String compensation, Retry retry,
        List<String> dependsOn, Map<String, Object> extra) {
    public SagaStep {
        Objects.requireNonNull(id, "id");
        service = service == null ? "" : service;
        command = command == null ? "" : command;
        timeout = timeout == null ? "" : timeout;
        compensation = compensation == null ? "" : compensation;
        retry = retry == null ? Retry.EMPTY : retry;
        dependsOn = List.copyOf(dependsOn);
        extra = OrderedMaps.copyOf(extra);
    }

    public boolean hasCompensation() {
        return !compensation.isBlank();
    }

    public SagaStep withCommand(String newCommand) {
        return new SagaStep(id, service, newCommand, timeout, compensation, retry, dependsOn, extra);
    }

    public SagaStep withCompensation(String newCompensation) {
        return new SagaStep(id, service, command, timeout, newCompensation, retry, dependsOn, extra);
    }

    public SagaStep withTimeout(String newTimeout) {
        return new SagaStep(id, service, command, newTimeout, compensation, retry, dependsOn, extra);
    }
}
