package ru.nastavnik.participant.domain;

import java.util.Objects;
import java.util.UUID;

/** A subject of the federation whose regional institute coordinates mentoring. */
public record Region(UUID id, String name) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
