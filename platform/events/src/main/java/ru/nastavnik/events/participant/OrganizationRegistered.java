package ru.nastavnik.events.participant;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * An organization joined the directory. Carries its place in region → municipality → organization so
 * every consumer can aggregate without asking participant-service.
 */
@EventType(value = "ru.nastavnik.participant.organization-registered.v1", topic = Topics.PARTICIPANT)
public record OrganizationRegistered(
        UUID organizationId,
        String name,
        OrganizationType type,
        UUID municipalityId,
        String municipalityName,
        UUID regionId,
        String regionName) implements IntegrationEvent {

    public OrganizationRegistered {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
    }

    @Override
    public String aggregateId() {
        return organizationId.toString();
    }
}
