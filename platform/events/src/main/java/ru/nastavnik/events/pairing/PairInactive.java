package ru.nastavnik.events.pairing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * An active pair or group has had no meeting for {@code inactiveDays} days or more since {@code lastActivityOn} (its
 * last meeting, or its start). Sent once per such period. Ids only.
 */
@EventType(value = "ru.nastavnik.pairing.pair-inactive.v1", topic = Topics.PAIRING)
public record PairInactive(
        UUID pairId,
        UUID organizationId,
        UUID mentorId,
        LocalDate lastActivityOn,
        int inactiveDays) implements IntegrationEvent {

    public PairInactive {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(lastActivityOn, "lastActivityOn");
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
