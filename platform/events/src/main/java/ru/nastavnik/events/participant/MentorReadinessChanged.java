package ru.nastavnik.events.participant;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A mentor candidate's readiness changed: {@code ready} is true when the person is selected and trained (or the
 * curator confirmed readiness). {@code status} names the stage, e.g. READY, AWAITING_TRAINING, RESERVE, REJECTED,
 * NOT_ASSESSED. Pairing learns from it who may be given a mentee.
 */
@EventType(value = "ru.nastavnik.participant.mentor-readiness-changed.v1", topic = Topics.PARTICIPANT)
public record MentorReadinessChanged(
        UUID personId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        boolean ready,
        String status) implements IntegrationEvent {

    public MentorReadinessChanged {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
