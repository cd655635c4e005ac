package ru.nastavnik.pairing.domain;

import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** A person pairing may consider, as participant-service last announced them. */
public record EligibleParticipant(UUID personId, UUID organizationId, UUID municipalityId, UUID regionId,
        String fullName, String position, String subject, int yearsOfExperience, ProgrammeRole programmeRole) {
}
