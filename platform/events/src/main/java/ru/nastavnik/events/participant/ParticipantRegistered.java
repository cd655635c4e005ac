package ru.nastavnik.events.participant;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A person was registered in an organization as a mentor or mentee candidate. Carries no name, e-mail or phone:
 * participant-service is the only store of directly identifying data, so withdrawal of consent erases it in one
 * place and no retained Kafka record can bring it back. Other services hold the person as an id with the
 * professional attributes matching needs. (v2: v1 carried the full name.)
 */
@EventType(value = "ru.nastavnik.participant.registered.v2", topic = Topics.PARTICIPANT)
public record ParticipantRegistered(
        UUID personId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        String position,
        List<String> subjects,
        QualificationCategory qualificationCategory,
        int yearsOfExperience,
        ProgrammeRole programmeRole,
        ParticipantStatus status) implements IntegrationEvent {

    public ParticipantRegistered {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(programmeRole, "programmeRole");
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        qualificationCategory = qualificationCategory == null ? QualificationCategory.NONE : qualificationCategory;
        status = status == null ? ParticipantStatus.CANDIDATE : status;
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
