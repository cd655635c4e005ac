package ru.nastavnik.monitoring.domain.roadmap;

import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.indicator.Indicator;

/** The current figure of an indicator for a roadmap's owner: an organization's row, or sums for a municipality or region. */
public interface KpiValues {

    Optional<Figure> current(OwnerLevel level, UUID ownerId, AcademicYear year, Indicator indicator);

    record Figure(long numerator, long denominator) {
    }
}
