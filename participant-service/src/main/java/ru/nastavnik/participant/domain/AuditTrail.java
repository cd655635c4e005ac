package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.UUID;

/** The trail of personal-data access. Append-only. */
public interface AuditTrail {

    void record(List<AuditEntry> entries);

    List<AuditEntry> ofOrganization(UUID organizationId, int limit);

    List<AuditEntry> ofRegion(UUID regionId, int limit);
}
