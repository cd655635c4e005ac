package ru.nastavnik.pairing.domain;

/** A pair or group works (ACTIVE) until it completes its programme or is dissolved early. */
public enum PairStatus {
    ACTIVE,
    COMPLETED,
    DISSOLVED
}
