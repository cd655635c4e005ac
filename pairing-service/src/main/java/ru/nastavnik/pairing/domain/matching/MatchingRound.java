package ru.nastavnik.pairing.domain.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One round of matching of an organization as it was run, with its proposals and the mentees left unmatched. */
public record MatchingRound(UUID id, UUID organizationId, String runBy, Instant runAt, Weights weights,
        boolean networkMentoring, long totalScore, List<Proposal> proposals, Map<UUID, UnmatchedReason> unmatched) {

    public MatchingRound {
        proposals = List.copyOf(proposals);
        unmatched = Map.copyOf(unmatched);
    }
}
