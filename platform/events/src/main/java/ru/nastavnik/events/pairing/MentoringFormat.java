package ru.nastavnik.events.pairing;

/** How a pair or group works together: the format half of its form of mentoring. */
public enum MentoringFormat {
    /** Традиционное (долгосрочное). */
    TRADITIONAL,
    /** Краткосрочное / целеполагающее. */
    SHORT_TERM,
    /** Ситуационное. */
    SITUATIONAL,
    /** Скоростное. */
    SPEED,
    /** Групповое: one mentor, several mentees. */
    GROUP,
    /** Виртуальное (дистанционное). */
    VIRTUAL,
    /** Реверсивное: the younger mentors the elder in their field. */
    REVERSE
}
