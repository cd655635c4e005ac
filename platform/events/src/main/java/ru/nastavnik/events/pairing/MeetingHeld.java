package ru.nastavnik.events.pairing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/** A meeting of a pair or group took place: its type, when, how many of how many participants attended. Ids only. */
@EventType(value = "ru.nastavnik.pairing.meeting-held.v1", topic = Topics.PAIRING)
public record MeetingHeld(
        UUID meetingId,
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        MeetingType type,
        Instant startsAt,
        int attended,
        int participants) implements IntegrationEvent {

    public MeetingHeld {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
