package ru.nastavnik.monitoring.domain.dashboard;

import java.util.List;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.directory.Unit;

/** Every indicator of one unit in one academic year; {@code parents} from the nearest up to the region. */
public record Dashboard(Unit unit, List<Unit> parents, AcademicYear academicYear, List<Reading> readings) {

    public Dashboard {
        parents = List.copyOf(parents);
        readings = List.copyOf(readings);
    }
}
