package ru.nastavnik.events.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A practice (кейс) of an organization was published in a bank of practices. {@code level} is the bank:
 * ORGANIZATION, MUNICIPALITY or REGION. No texts and no authors: consumers count, the feed shows the practice itself.
 */
@EventType(value = "ru.nastavnik.publication.practice-published.v1", topic = Topics.PUBLICATION)
public record PracticePublished(UUID practiceId, UUID organizationId, UUID municipalityId, UUID regionId, String level,
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
