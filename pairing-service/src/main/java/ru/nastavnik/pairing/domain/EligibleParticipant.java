package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;

/**
 * A person pairing may consider, as participant-service last announced them: an id and professional attributes,
 * never a name (the portal shows names from participant-service, which audits who saw them).
 * {@code consentToProcessing} says whether they consented to processing of personal data (152-ФЗ), without which
 * they cannot be paired.
 */
public record EligibleParticipant(UUID personId, UUID organizationId, UUID municipalityId, UUID regionId,
        List<UUID> otherOrganizationIds, String position, List<String> subjects, QualificationCategory qualificationCategory,
        int yearsOfExperience, ProgrammeRole programmeRole, ParticipantStatus status, boolean consentToProcessing) {

    public EligibleParticipant {
        otherOrganizationIds = otherOrganizationIds == null ? List.of() : List.copyOf(otherOrganizationIds);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }
}
