package ru.nastavnik.events.participant;

/** Where a person stands in the mentoring programme. */
public enum ParticipantStatus {
    /** In the bank, not yet taking part (кандидат). */
    CANDIDATE,
    /** Selected and taking part, not yet in a pair. */
    ACTIVE,
    /** In a mentoring pair or group. */
    IN_PAIR,
    /** Completed a programme. */
    COMPLETED,
    /** Left the programme or the organization. */
    LEFT
}
