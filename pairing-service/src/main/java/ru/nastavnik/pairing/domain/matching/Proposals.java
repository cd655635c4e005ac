package ru.nastavnik.pairing.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns a solved round into proposals: each pair with its reasons and up to three next-best mentors. */
public final class Proposals {

    static final int ALTERNATIVES = 3;

    private Proposals() {
    }

    public static List<Proposal> of(Matching matching, List<ScoredPair> candidates, Map<UUID, Integer> capacities) {
        Map<UUID, Integer> roomLeft = new HashMap<>(capacities);
        matching.pairs().forEach(p -> roomLeft.merge(p.mentorId(), -1, Integer::sum));
        Map<UUID, List<ScoredPair>> byMentee = new HashMap<>();
        candidates.forEach(c -> byMentee.computeIfAbsent(c.menteeId(), k -> new ArrayList<>()).add(c));
        List<Proposal> proposals = new ArrayList<>();
        for (ScoredPair pair : matching.pairs()) {
            List<Proposal.Alternative> alternatives = byMentee.getOrDefault(pair.menteeId(), List.of()).stream()
                    .filter(c -> !c.mentorId().equals(pair.mentorId()))
                    .sorted(Comparator.comparingInt(ScoredPair::score).reversed())
                    .limit(ALTERNATIVES)
                    .map(c -> new Proposal.Alternative(c.mentorId(), c.score(), roomLeft.getOrDefault(c.mentorId(), 0) > 0))
                    .toList();
            proposals.add(new Proposal(pair.menteeId(), pair.mentorId(), pair.score(), pair.contributions(), alternatives,
                    Proposal.Decision.PENDING, null));
        }
        proposals.sort(Comparator.comparingInt(Proposal::score).reversed());
        return proposals;
    }
}
