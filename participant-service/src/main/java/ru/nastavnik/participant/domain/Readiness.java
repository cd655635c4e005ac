package ru.nastavnik.participant.domain;

/**
 * A mentor candidate's readiness, derived from the selection and the trainings: READY when selected and trained,
 * READY_CONFIRMED when selected and the curator confirmed readiness without a training record.
 */
public enum Readiness {
    NOT_ASSESSED,
    RESERVE,
    REJECTED,
    AWAITING_TRAINING,
    READY,
    READY_CONFIRMED;

    public boolean ready() {
        return this == READY || this == READY_CONFIRMED;
    }

    /** {@code selection} may be null (no selection yet). */
    public static Readiness of(MentorSelection selection, long trainings) {
        if (selection == null) {
            return NOT_ASSESSED;
        }
        return switch (selection.decision()) {
            case PENDING -> NOT_ASSESSED;
            case RESERVE -> RESERVE;
            case REJECTED -> REJECTED;
            case SELECTED -> trainings > 0 ? READY : selection.readinessConfirmed() ? READY_CONFIRMED : AWAITING_TRAINING;
        };
    }
}
