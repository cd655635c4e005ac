package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.util.UUID;

/** One read or change of a person's data. */
public record AuditEntry(UUID id, Instant at, String actor, String actorRole, UUID personId, UUID organizationId,
        UUID municipalityId, UUID regionId, Action action) {

    public enum Action {
        READ,
        CREATE,
        UPDATE
    }
}
