package ru.nastavnik.events.participant;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * The person's non-identifying profile after any change (edit, re-import, status, programme role of the current
 * academic year, work in further organizations): the full state, so a consumer simply replaces what it holds.
 */
@EventType(value = "ru.nastavnik.participant.profile-changed.v1", topic = Topics.PARTICIPANT)
public record ParticipantProfileChanged(
        UUID personId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        List<UUID> otherOrganizationIds,
        String position,
        List<String> subjects,
        QualificationCategory qualificationCategory,
        int yearsOfExperience,
        ProgrammeRole programmeRole,
        ParticipantStatus status) implements IntegrationEvent {

    public ParticipantProfileChanged {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(programmeRole, "programmeRole");
        Objects.requireNonNull(status, "status");
        otherOrganizationIds = otherOrganizationIds == null ? List.of() : List.copyOf(otherOrganizationIds);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        qualificationCategory = qualificationCategory == null ? QualificationCategory.NONE : qualificationCategory;
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
