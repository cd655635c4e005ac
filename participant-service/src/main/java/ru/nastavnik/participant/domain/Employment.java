package ru.nastavnik.participant.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A further organization a person works in (совместительство), besides their main one. */
public record Employment(UUID organizationId, String position, LocalDate since) {

    public Employment {
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
