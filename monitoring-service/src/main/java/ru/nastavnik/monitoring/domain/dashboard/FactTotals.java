package ru.nastavnik.monitoring.domain.dashboard;

import java.util.Map;

import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * Reads the indicator facts added up for dashboards. Each method is one query whatever the size of the unit, so a
 * regional dashboard costs the same number of round trips as an organization's.
 */
public interface FactTotals {

    /** The unit's sums per academic year (start year) and indicator, for years {@code from..to}. */
    Map<Integer, Map<Indicator, Sums>> byYear(Unit unit, int fromYear, int toYear);

    /** The sums of each child unit and the organizations below target, in one pass over the unit's facts. */
    ChildTotals byChild(Unit unit, int year);
}
