package ru.nastavnik.participant.domain;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.participant.OrganizationType;

/** An educational organization (ОО); belongs to exactly one municipality. */
public record Organization(UUID id, UUID municipalityId, String name, OrganizationType type) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
