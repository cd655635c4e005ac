package ru.nastavnik.monitoring.domain.dashboard;

import java.util.Map;
import java.util.UUID;

import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * A unit's facts added up per child unit (only children with facts in the year), and per indicator how many of the
 * unit's organizations have data and are below the target.
 */
public record ChildTotals(Map<UUID, Map<Indicator, Sums>> byChild, Map<Indicator, Integer> organizationsBelowTarget) {

    public ChildTotals {
        byChild = Map.copyOf(byChild);
        organizationsBelowTarget = Map.copyOf(organizationsBelowTarget);
    }
}
