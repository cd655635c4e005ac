package ru.nastavnik.events.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A pair or group was dissolved before the end of its programme: its mentees return to the search and the mentor's
 * capacity is freed. Ids, the date and a reason code only.
 */
@EventType(value = "ru.nastavnik.pairing.pair-dissolved.v1", topic = Topics.PAIRING)
public record PairDissolved(
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        UUID mentorId,
        List<UUID> menteeIds,
        LocalDate dissolvedOn,
        PairChangeReason reason) implements IntegrationEvent {

    public PairDissolved {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(menteeIds, "menteeIds");
        Objects.requireNonNull(dissolvedOn, "dissolvedOn");
        Objects.requireNonNull(reason, "reason");
        menteeIds = List.copyOf(menteeIds);
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
