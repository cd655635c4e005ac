package ru.nastavnik.monitoring.domain;

import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** The participation projection's store. Callers guarantee each event is applied once. */
public interface ParticipationCounts {

    void organizationRegistered(UUID organizationId, UUID municipalityId, UUID regionId, String name);

    void participantRegistered(UUID organizationId, UUID municipalityId, UUID regionId, ProgrammeRole role);

    Optional<OrganizationParticipation> of(UUID organizationId);
}
