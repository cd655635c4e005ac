package ru.nastavnik.monitoring.domain.dashboard;

import java.util.List;
import java.util.Map;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.indicator.Indicator;

/**
 * The child units of a region or municipality with their figures, in the requested order, and per indicator how many
 * organizations of the whole unit are below its target (organizations without data are not counted).
 */
public record Breakdown(Unit unit, AcademicYear academicYear, Unit.Level childLevel, List<UnitFigures> units,
        Map<Indicator, Integer> organizationsBelowTarget, Indicator sort, boolean ascending) {

    public Breakdown {
        units = List.copyOf(units);
        organizationsBelowTarget = Map.copyOf(organizationsBelowTarget);
    }
}
