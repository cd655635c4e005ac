package ru.nastavnik.monitoring.domain.dashboard;

import java.math.BigDecimal;

import ru.nastavnik.events.AcademicYear;

/** The value of an indicator in an earlier academic year. */
public record TrendPoint(AcademicYear academicYear, BigDecimal value) {
}
