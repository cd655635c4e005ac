package ru.nastavnik.monitoring.domain.diagnostic;

/**
 * DIAGNOSTICS_COVERAGE of an organization and academic year: {@code due} people named in at least one not-withdrawn
 * assignment of the year's quarterly rounds; {@code covered} those of them with every such assignment submitted.
 */
public record CoverageFigures(long covered, long due) {
}
