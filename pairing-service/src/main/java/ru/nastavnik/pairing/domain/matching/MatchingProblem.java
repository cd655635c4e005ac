package ru.nastavnik.pairing.domain.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One round of matching: the mentees to pair, each mentor's free capacity, the scored candidate pairs, and the
 * curator's overrides — pairs that must be formed and pairs that must not. Overrides that cannot hold together
 * (a mentee forced to two mentors, a mentor forced beyond capacity, a pair both forced and forbidden) are refused
 * here, before any solver runs.
 */
public record MatchingProblem(List<UUID> mentees, Map<UUID, Integer> capacities, List<ScoredPair> candidates,
        Set<PairKey> mustPair, Set<PairKey> mustNotPair) {

    public MatchingProblem {
        mentees = List.copyOf(new LinkedHashSet<>(mentees));
        capacities = Map.copyOf(capacities);
        candidates = List.copyOf(candidates);
        mustPair = Set.copyOf(mustPair);
        mustNotPair = Set.copyOf(mustNotPair);
        Set<UUID> forcedMentees = new HashSet<>();
        Map<UUID, Integer> forcedPerMentor = new HashMap<>();
        for (PairKey pair : mustPair) {
            if (!mentees.contains(pair.menteeId()) || !capacities.containsKey(pair.mentorId())) {
                throw new InvalidOverrides("Закреплённая пара называет человека, которого нет среди кандидатов этого тура.");
            }
            if (!forcedMentees.add(pair.menteeId())) {
                throw new InvalidOverrides("Наставляемого нельзя закрепить сразу за двумя наставниками.");
            }
            if (mustNotPair.contains(pair)) {
                throw new InvalidOverrides("Одна и та же пара и закреплена, и запрещена.");
            }
            if (forcedPerMentor.merge(pair.mentorId(), 1, Integer::sum) > capacities.get(pair.mentorId())) {
                throw new InvalidOverrides("За наставником закреплено больше наставляемых, чем он может взять.");
            }
        }
    }

    /** Overrides that contradict each other or the round. */
    public static final class InvalidOverrides extends RuntimeException {
        public InvalidOverrides(String message) {
            super(message);
        }
    }
}
