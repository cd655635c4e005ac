package ru.nastavnik.pairing.domain.matching;

/** An explainable part of a mentor–mentee pair's score; the curator sets each one's weight. */
public enum Criterion {
    /** How far the mentor's competencies cover the mentee's professional requests, by level. */
    COMPETENCY_COVERAGE,
    /** They teach a common subject. */
    SHARED_SUBJECT,
    /** The mentor is sufficiently more experienced. */
    EXPERIENCE_GAP,
    /** Both work in the same organization (network mentoring across a municipality scores less). */
    SAME_ORGANIZATION,
    /** They chose each other on the networking-meeting preference form. */
    MUTUAL_CHOICE,
    /** The mentor offers the form of mentoring the mentee prefers. */
    MENTORING_FORM,
    /** The mentee was left without a pair in an earlier round and goes first now. */
    EARLIER_ROUND_PRIORITY
}
