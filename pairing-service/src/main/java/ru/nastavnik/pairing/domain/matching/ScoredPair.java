package ru.nastavnik.pairing.domain.matching;

import java.util.Map;
import java.util.UUID;

/** A possible pair with its score and each criterion's contribution: the reasons shown to the curator. */
public record ScoredPair(UUID menteeId, UUID mentorId, int score, Map<Criterion, Integer> contributions) {

    public ScoredPair {
        contributions = Map.copyOf(contributions);
    }
}
