package ru.nastavnik.monitoring.domain;

import java.util.UUID;

/** How many people an organization has registered for the mentoring programme, by role. */
public record OrganizationParticipation(UUID organizationId, UUID municipalityId, UUID regionId,
        String organizationName, int mentorCandidates, int menteeCandidates) {

    public int participants() {
        return mentorCandidates + menteeCandidates;
    }
}
