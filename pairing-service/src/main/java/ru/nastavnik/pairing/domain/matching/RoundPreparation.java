package ru.nastavnik.pairing.domain.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What every matcher does around its own choice: forced pairs are formed first (scored if they were candidates,
 * 0 otherwise), forbidden pairs and forced mentees leave the candidate list, mentors' capacities shrink by their
 * forced mentees; afterwards the reasons of the unmatched are told.
 */
final class RoundPreparation {

    final List<ScoredPair> forced = new ArrayList<>();
    final List<ScoredPair> open = new ArrayList<>();
    final Map<UUID, Integer> capacityLeft;

    RoundPreparation(MatchingProblem problem) {
        capacityLeft = new HashMap<>(problem.capacities());
        // Overrides are few; only with some does the candidate list need an index.
        Map<PairKey, ScoredPair> byKey = new HashMap<>();
        if (!problem.mustPair().isEmpty()) {
            problem.candidates().forEach(c -> byKey.put(new PairKey(c.menteeId(), c.mentorId()), c));
        }
        boolean forbidden = !problem.mustNotPair().isEmpty();
        Set<UUID> forcedMentees = new HashSet<>();
        for (PairKey pair : problem.mustPair()) {
            forced.add(byKey.getOrDefault(pair, new ScoredPair(pair.menteeId(), pair.mentorId(), 0, Map.of())));
            forcedMentees.add(pair.menteeId());
            capacityLeft.merge(pair.mentorId(), -1, Integer::sum);
        }
        Set<UUID> inRound = new HashSet<>(problem.mentees());
        for (ScoredPair candidate : problem.candidates()) {
            if (inRound.contains(candidate.menteeId()) && !forcedMentees.contains(candidate.menteeId())
                    && capacityLeft.getOrDefault(candidate.mentorId(), 0) > 0
                    && !(forbidden && problem.mustNotPair().contains(new PairKey(candidate.menteeId(), candidate.mentorId())))) {
                open.add(candidate);
            }
        }
    }

    Matching result(MatchingProblem problem, List<ScoredPair> chosen) {
        List<ScoredPair> pairs = new ArrayList<>(forced);
        pairs.addAll(chosen);
        Set<UUID> paired = new HashSet<>();
        pairs.forEach(p -> paired.add(p.menteeId()));
        Set<UUID> withCandidates = new HashSet<>();
        open.forEach(c -> withCandidates.add(c.menteeId()));
        Map<UUID, UnmatchedReason> unmatched = new HashMap<>();
        for (UUID mentee : problem.mentees()) {
            if (!paired.contains(mentee)) {
                unmatched.put(mentee, withCandidates.contains(mentee)
                        ? UnmatchedReason.CAPACITY_USED_UP : UnmatchedReason.NO_COMPETENT_MENTOR);
            }
        }
        long total = pairs.stream().mapToLong(ScoredPair::score).sum();
        return new Matching(pairs, total, unmatched);
    }
}
