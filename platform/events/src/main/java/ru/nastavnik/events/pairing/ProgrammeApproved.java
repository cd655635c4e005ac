package ru.nastavnik.events.pairing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A pair's personalized mentoring programme (персонализированная программа наставничества) was approved by the
 * director's order: its number and date, how many goals and tasks it holds. Ids only. Keyed by the pair.
 */
@EventType(value = "ru.nastavnik.pairing.programme-approved.v1", topic = Topics.PAIRING)
public record ProgrammeApproved(
        UUID programmeId,
        UUID pairId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        String orderNumber,
        LocalDate orderDate,
        int goalCount,
        int taskCount) implements IntegrationEvent {

    public ProgrammeApproved {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(orderDate, "orderDate");
    }

    @Override
    public String aggregateId() {
        return pairId.toString();
    }
}
