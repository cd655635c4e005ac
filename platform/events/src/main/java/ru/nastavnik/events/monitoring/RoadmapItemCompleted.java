package ru.nastavnik.events.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * An item of a roadmap (an organization's, a municipality's or the region's) was marked done: when, against which
 * due date, and whether on time. Ids and numbers only, no names. Keyed by the roadmap so its items stay in order.
 *
 * @param municipalityId null for the regional roadmap
 * @param organizationId null unless the owner is an organization
 * @param dueDate        null when the item's deadline has no date («По отдельному графику»)
 * @param onTime         done on or before the due date; false when there is none
 */
@EventType(value = "ru.nastavnik.monitoring.roadmap-item-completed.v1", topic = Topics.MONITORING)
public record RoadmapItemCompleted(
        UUID roadmapId,
        UUID itemId,
        OwnerLevel ownerLevel,
        UUID ownerId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        String academicYear,
        String number,
        LocalDate dueDate,
        LocalDate doneOn,
        boolean onTime) implements IntegrationEvent {

    /** Whose roadmap it is. */
    public enum OwnerLevel { ORGANIZATION, MUNICIPALITY, REGION }

    public RoadmapItemCompleted {
        Objects.requireNonNull(roadmapId, "roadmapId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(ownerLevel, "ownerLevel");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(doneOn, "doneOn");
    }

    @Override
    public String aggregateId() {
        return roadmapId.toString();
    }
}
