package org.eventstorm.model.versioning;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eventstorm.model.sticky.OrderedMaps;

/** Strategy 3: each consumer states the fields it needs of a version, and the validator holds the producer to it. */
public record ConsumerDrivenContracts(String event, List<Contract> contracts, ContractValidation contractValidation, Map<String, Object> extra)
        implements
            VersioningStrategy {
    public ConsumerDrivenContracts {
        Objects.requireNonNull(event, "event");
        contracts = List.copyOf(contracts);
        contractValidation = contractValidation == null ? ContractValidation.NONE : contractValidation;
        extra = OrderedMaps.copyOf(extra);
    }

    @Override
    public StrategyType type() {
        return StrategyType.CONSUMER_DRIVEN_CONTRACTS;
    }

    @Override
    public ConsumerDrivenContracts withEvent(String newEvent) {
        return new ConsumerDrivenContracts(newEvent, contracts, contractValidation, extra);
    }

    public ConsumerDrivenContracts withContractValidation(ContractValidation validation) {
        return new ConsumerDrivenContracts(event, contracts, validation, extra);
    }
}
