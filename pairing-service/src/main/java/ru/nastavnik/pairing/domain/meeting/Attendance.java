package ru.nastavnik.pairing.domain.meeting;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.pairing.domain.programme.Side;

/** Whether a member of the pair attended a meeting. */
public record Attendance(UUID personId, Side side, boolean present) {

    public Attendance {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(side, "side");
    }
}
