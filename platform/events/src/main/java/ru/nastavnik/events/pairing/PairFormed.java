package ru.nastavnik.events.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A mentoring pair (one mentee) or group (several) was formed: who, in which form, for which dates. Ids only;
 * names stay in participant-service.
 */
@EventType(value = "ru.nastavnik.pairing.pair-formed.v1", topic = Topics.PAIRING)
public record PairFormed(
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        UUID mentorId,
        List<UUID> menteeIds,
        RoleModel roleModel,
        MentoringFormat format,
        LocalDate startsOn,
        LocalDate endsOn) implements IntegrationEvent {

    public PairFormed {
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(menteeIds, "menteeIds");
        Objects.requireNonNull(roleModel, "roleModel");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        menteeIds = List.copyOf(menteeIds);
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
