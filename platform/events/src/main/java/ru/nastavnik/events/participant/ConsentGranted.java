package ru.nastavnik.events.participant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/** A person's written consent was recorded. Keyed by the person, so it stays in order with their other events. */
@EventType(value = "ru.nastavnik.participant.consent-granted.v1", topic = Topics.PARTICIPANT)
public record ConsentGranted(UUID personId, UUID organizationId, ConsentScope scope, LocalDate grantedOn)
        implements IntegrationEvent {

    public ConsentGranted {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grantedOn, "grantedOn");
    }

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
