package ru.nastavnik.events.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * An organization submitted a practice to its municipality's moderation (for the first time or again after a
 * return). Ids and the date only: monitoring counts submissions per organization.
 */
@EventType(value = "ru.nastavnik.publication.practice-submitted.v1", topic = Topics.PUBLICATION)
public record PracticeSubmitted(UUID practiceId, UUID organizationId, UUID municipalityId, UUID regionId,
        LocalDate submittedOn) implements IntegrationEvent {

    public PracticeSubmitted {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(submittedOn, "submittedOn");
    }

    @Override
    public String aggregateId() {
        return practiceId.toString();
    }
}
