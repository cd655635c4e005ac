package ru.nastavnik.pairing.domain.programme;

/** A programme is drafted, approved by the director's order, then completed with the participants' self-assessments. */
public enum ProgrammeState {
    DRAFT,
    APPROVED,
    COMPLETED
}
