package ru.nastavnik.pairing.domain.programme;

/** Which side of a pair a participant is on. */
public enum Side {
    MENTOR,
    MENTEE
}
