package ru.nastavnik.pairing.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** A mentee and a mentor, for the curator's overrides. */
public record PairKey(UUID menteeId, UUID mentorId) {

    public PairKey {
        Objects.requireNonNull(menteeId, "menteeId");
        Objects.requireNonNull(mentorId, "mentorId");
    }
}
