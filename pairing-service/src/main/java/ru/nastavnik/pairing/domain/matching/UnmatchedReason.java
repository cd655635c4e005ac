package ru.nastavnik.pairing.domain.matching;

/** Why a mentee stays without a pair after a round (they stay in the search). */
public enum UnmatchedReason {
    /** No mentor in reach covers any of their requests. */
    NO_COMPETENT_MENTOR,
    /** Mentors who could take them are full, with mentees the optimum preferred. */
    CAPACITY_USED_UP
}
