package ru.nastavnik.pairing.domain.matching;

/** Why a mentee stays without a pair after a round (they stay in the search). */
public enum UnmatchedReason {
    /** No written consent to processing of personal data (152-ФЗ): cannot be paired at all. */
    NO_CONSENT,
    /** No professional requests recorded yet: nothing to match a mentor's competencies against. */
    NO_REQUESTS,
    /** No mentor in reach covers any of their requests. */
    NO_COMPETENT_MENTOR,
    /** Mentors who could take them are full, with mentees the optimum preferred. */
    CAPACITY_USED_UP
}
