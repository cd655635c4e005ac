package ru.nastavnik.pairing.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The baseline a curator would follow by hand: the best-scoring pairs first, as long as the mentor has room.
 * Kept to measure what the exact optimum gains over it (the benchmark reports the ratio); not used for proposals.
 */
public final class GreedyMatcher implements Matcher {

    @Override
    public Matching solve(MatchingProblem problem) {
        RoundPreparation round = new RoundPreparation(problem);
        List<ScoredPair> sorted = new ArrayList<>(round.open);
        sorted.sort(Comparator.comparingInt(ScoredPair::score).reversed());
        Map<UUID, Integer> left = round.capacityLeft;
        Set<UUID> paired = new HashSet<>();
        List<ScoredPair> chosen = new ArrayList<>();
        for (ScoredPair candidate : sorted) {
            if (!paired.contains(candidate.menteeId()) && left.getOrDefault(candidate.mentorId(), 0) > 0) {
                paired.add(candidate.menteeId());
                left.merge(candidate.mentorId(), -1, Integer::sum);
                chosen.add(candidate);
            }
        }
        return round.result(problem, chosen);
    }
}
