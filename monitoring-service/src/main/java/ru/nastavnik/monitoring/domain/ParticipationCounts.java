package ru.nastavnik.monitoring.domain;

import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** The participation projection's store. Callers guarantee each event is applied once. */
public interface ParticipationCounts {

    void organizationRegistered(UUID organizationId, UUID municipalityId, UUID regionId, String name);

    void participantRegistered(UUID organizationId, UUID municipalityId, UUID regionId, ProgrammeRole role);

    /** Keeps the count of the latest academic year; a later count of the same year replaces an earlier one. */
    void teachingStaffCounted(UUID organizationId, UUID municipalityId, UUID regionId, String academicYear, int teachingStaff);

    void mentorReadinessChanged(UUID personId, UUID organizationId, UUID municipalityId, UUID regionId, boolean ready,
            String status);

    Optional<OrganizationParticipation> of(UUID organizationId);

    /** Forgets every count and readiness: the first step of a rebuild from the topics. */
    void clear();
}
