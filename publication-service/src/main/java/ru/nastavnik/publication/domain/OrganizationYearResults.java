package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded.IndicatorResult;

/**
 * An organization's monitoring results for one academic year, as monitoring-service last published them
 * (OrganizationResultsRecorded): counts per indicator, no person. {@code version} orders monitoring's publications.
 */
public record OrganizationYearResults(UUID organizationId, UUID municipalityId, UUID regionId, AcademicYear year,
        long version, List<IndicatorResult> indicators) {

    public OrganizationYearResults {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
