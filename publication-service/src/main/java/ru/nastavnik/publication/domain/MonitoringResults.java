package ru.nastavnik.publication.domain;

import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;

/** The read model of monitoring's results per organization and academic year. */
public interface MonitoringResults {

    /**
     * Keeps the results unless newer ones (a higher version) are already kept: events of the same organization arrive
     * in order, but a replay or a redelivery may bring an older one again.
     */
    void record(OrganizationYearResults results);

    Optional<OrganizationYearResults> of(UUID organizationId, AcademicYear year);
}
