package ru.nastavnik.events.participant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A person withdrew a consent. For {@link ConsentScope#PERSONAL_DATA_PROCESSING} every service erases or
 * anonymizes what it holds of the person (keeping anonymous counts) as soon as it reads this event.
 */
@EventType(value = "ru.nastavnik.participant.consent-withdrawn.v1", topic = Topics.PARTICIPANT)
public record ConsentWithdrawn(UUID personId, UUID organizationId, ConsentScope scope, LocalDate withdrawnOn)
        implements IntegrationEvent {

    public ConsentWithdrawn {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
