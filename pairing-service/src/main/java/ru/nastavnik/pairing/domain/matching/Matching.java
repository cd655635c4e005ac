package ru.nastavnik.pairing.domain.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A round's result: the pairs formed, their total score, and why each remaining mentee has none. */
public record Matching(List<ScoredPair> pairs, long totalScore, Map<UUID, UnmatchedReason> unmatched) {

    public Matching {
        pairs = List.copyOf(pairs);
        unmatched = Map.copyOf(unmatched);
    }
}
