package ru.nastavnik.events.participant;

/**
 * A teacher's qualification category (квалификационная категория) as Russian attestation rules name them,
 * including the categories «педагог-методист» and «педагог-наставник» introduced in 2023.
 */
public enum QualificationCategory {
    /** Без категории. */
    NONE,
    /** Соответствие занимаемой должности. */
    CORRESPONDS_TO_POSITION,
    /** Первая квалификационная категория. */
    FIRST,
    /** Высшая квалификационная категория. */
    HIGHEST,
    /** Педагог-методист. */
    METHODIST,
    /** Педагог-наставник. */
    MENTOR_TEACHER
}
