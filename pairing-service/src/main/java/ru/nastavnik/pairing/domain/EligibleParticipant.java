package ru.nastavnik.pairing.domain;

import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/**
 * A person pairing may consider, as participant-service last announced them; {@code consentToProcessing} says
 * whether they consented to the processing of their personal data (152-ФЗ), without which they cannot be paired.
 */
public record EligibleParticipant(UUID personId, UUID organizationId, UUID municipalityId, UUID regionId,
        String fullName, String position, String subject, int yearsOfExperience, ProgrammeRole programmeRole,
        boolean consentToProcessing) {
}
