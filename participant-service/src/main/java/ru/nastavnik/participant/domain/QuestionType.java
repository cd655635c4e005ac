package ru.nastavnik.participant.domain;

/** The kinds of questions a questionnaire holds. */
public enum QuestionType {
    /** One option of the list. */
    SINGLE_CHOICE,
    /** Any options of the list. */
    MULTIPLE_CHOICE,
    /** A whole number from {@link Question#SCALE_MIN} to {@link Question#SCALE_MAX}. */
    SCALE,
    /** Text; may hold personal data, so it never leaves the service and is erased on consent withdrawal. */
    FREE_TEXT,
    /** Up to {@code maxRanks} people of the municipality, ranked, as preferred mentor or mentee. */
    RANKED_PEOPLE
}
