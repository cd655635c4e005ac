package ru.nastavnik.events.participant;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A person was registered in an organization as a mentor or mentee candidate. Personal data (the name)
 * travels only on this internal topic, never to logs, feeds or regional views.
 */
@EventType(value = "ru.nastavnik.participant.registered.v1", topic = Topics.PARTICIPANT)
public record ParticipantRegistered(
        UUID personId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        String fullName,
        String position,
        String subject,
        int yearsOfExperience,
        ProgrammeRole programmeRole) implements IntegrationEvent {

    public ParticipantRegistered {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(programmeRole, "programmeRole");
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
