package ru.nastavnik.publication.application;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded;
import ru.nastavnik.publication.domain.MonitoringResults;
import ru.nastavnik.publication.domain.OrganizationYearResults;

/** Keeps the last monitoring results of each organization and academic year, for the final collection. */
@Service
public class MonitoringResultsProjection {

    private final MonitoringResults results;

    public MonitoringResultsProjection(MonitoringResults results) {
        this.results = results;
    }

    public void apply(IntegrationEvent event) {
        if (event instanceof OrganizationResultsRecorded recorded) {
            // A year that does not parse is not one a collection can be asked for.
            AcademicYear.parse(recorded.academicYear()).ifPresent(year -> results.record(new OrganizationYearResults(
                    recorded.organizationId(), recorded.municipalityId(), recorded.regionId(), year, recorded.version(),
                    recorded.indicators())));
        }
    }
}
