package ru.nastavnik.monitoring.domain.indicator;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.dashboard.Sums;

/**
 * What the published results of organizations in academic years are made of: the figures of each, and a version
 * raised each time they are published. Both take the whole list of a transaction at once, so publishing costs two
 * statements per transaction, not per organization.
 */
public interface OrganizationResults {

    /** An organization and an academic year. */
    record Key(UUID organizationId, AcademicYear year) {
    }

    /**
     * Raises the version of each key's results and returns it (1 the first time). Locks them, in one global order,
     * until the end of the caller's transaction, so concurrent writers get versions in the order of their commits and
     * never wait on each other in a circle.
     */
    Map<Key, Long> nextVersions(List<Key> keys);

    /** The facts of each key, one entry per indicator that has a row; a key without any row maps to an empty map. */
    Map<Key, Map<Indicator, Sums>> facts(List<Key> keys);
}
