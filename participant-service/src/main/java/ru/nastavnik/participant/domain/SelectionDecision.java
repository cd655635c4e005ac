package ru.nastavnik.participant.domain;

/** The outcome of a mentor candidate's selection. */
public enum SelectionDecision {
    PENDING,
    SELECTED,
    RESERVE,
    REJECTED
}
