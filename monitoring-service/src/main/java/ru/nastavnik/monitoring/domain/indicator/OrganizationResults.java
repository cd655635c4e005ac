package ru.nastavnik.monitoring.domain.indicator;

import java.util.Map;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.dashboard.Sums;

/** What the published results of one organization in one academic year are made of. */
public interface OrganizationResults {

    /**
     * Raises the version of the organization's results for the year and returns it (1 the first time). Locks them until
     * the end of the caller's transaction, so concurrent writers get versions in the order of their commits.
     */
    long nextVersion(UUID organizationId, AcademicYear year);

    /** The organization's facts of the year, one entry per indicator that has a row. */
    Map<Indicator, Sums> facts(UUID organizationId, AcademicYear year);
}
