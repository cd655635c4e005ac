package ru.nastavnik.events.pairing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/** The mentor of a pair or group changed on a date, for a reason code; the mentees stay. */
@EventType(value = "ru.nastavnik.pairing.pair-mentor-replaced.v1", topic = Topics.PAIRING)
public record PairMentorReplaced(
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        UUID formerMentorId,
        UUID newMentorId,
        LocalDate changedOn,
        PairChangeReason reason) implements IntegrationEvent {

    public PairMentorReplaced {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(formerMentorId, "formerMentorId");
        Objects.requireNonNull(newMentorId, "newMentorId");
        Objects.requireNonNull(changedOn, "changedOn");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
