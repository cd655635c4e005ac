package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant's written consent to take part in a pair or group (not the consent to processing under 152-ФЗ):
 * the date it was signed, the reference of the paper (e.g. «согл. № 12»), who recorded it and when.
 */
public record PairConsent(UUID participantId, LocalDate signedOn, String documentRef, String recordedBy, Instant recordedAt) {

    public PairConsent {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(documentRef, "documentRef");
    }
}
