package ru.nastavnik.events.participant;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * The organization's curator recorded how many teaching staff (педагогические работники) the organization has in an
 * academic year ("2025/2026", from 1 September); the latest count of a year replaces earlier ones.
 */
@EventType(value = "ru.nastavnik.participant.teaching-staff-counted.v1", topic = Topics.PARTICIPANT)
public record TeachingStaffCounted(
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        String academicYear,
        int teachingStaff) implements IntegrationEvent {

    public TeachingStaffCounted {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(academicYear, "academicYear");
    }

    @Override
    public String aggregateId() {
        return organizationId.toString();
    }
}
