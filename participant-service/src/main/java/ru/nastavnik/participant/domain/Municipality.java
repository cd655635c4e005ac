package ru.nastavnik.participant.domain;

import java.util.Objects;
import java.util.UUID;

/** A municipality with its education department; belongs to exactly one region. */
public record Municipality(UUID id, UUID regionId, String name) {

    public Municipality {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(name, "name");
    }
}
