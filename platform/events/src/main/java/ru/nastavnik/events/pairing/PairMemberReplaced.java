package ru.nastavnik.events.pairing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/** A mentee left a pair or group on a date, for a reason code, and another mentee joined in their place. */
@EventType(value = "ru.nastavnik.pairing.pair-member-replaced.v1", topic = Topics.PAIRING)
public record PairMemberReplaced(
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        UUID leftMenteeId,
        UUID joinedMenteeId,
        LocalDate changedOn,
        PairChangeReason reason) implements IntegrationEvent {

    public PairMemberReplaced {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(leftMenteeId, "leftMenteeId");
        Objects.requireNonNull(joinedMenteeId, "joinedMenteeId");
        Objects.requireNonNull(changedOn, "changedOn");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
