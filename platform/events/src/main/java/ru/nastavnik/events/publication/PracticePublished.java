package ru.nastavnik.events.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A practice (кейс, методическая разработка) of an organization was published at a level of the bank of practices on
 * a date. A practice climbing from the organization to the municipality and the region is announced once per level.
 * Ids only: the text and its authors stay in publication-service.
 */
@EventType(value = "ru.nastavnik.publication.practice-published.v1", topic = Topics.PUBLICATION)
public record PracticePublished(
        UUID practiceId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        PublicationLevel level,
        LocalDate publishedOn) implements IntegrationEvent {

    public PracticePublished {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(publishedOn, "publishedOn");
    }

    @Override
    public String aggregateId() {
        return practiceId.toString();
    }
}
