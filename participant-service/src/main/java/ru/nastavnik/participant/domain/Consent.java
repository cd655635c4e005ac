package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.participant.ConsentScope;

/** A person's written consent (152-ФЗ); active while not withdrawn. */
public record Consent(UUID id, UUID personId, ConsentScope scope, LocalDate grantedOn, String documentReference,
        String recordedBy, Instant recordedAt, LocalDate withdrawnOn, String withdrawalRecordedBy) {

    public static final int MAX_DOCUMENT_REFERENCE = 300;

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(grantedOn, "grantedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public boolean active() {
        return withdrawnOn == null;
    }
}
