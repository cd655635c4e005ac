package ru.nastavnik.pairing.domain.matching;

/** Chooses the pairs of a round under the mentors' capacities and the curator's overrides. */
public interface Matcher {

    Matching solve(MatchingProblem problem);
}
