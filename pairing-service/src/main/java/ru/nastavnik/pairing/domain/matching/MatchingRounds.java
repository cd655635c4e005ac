package ru.nastavnik.pairing.domain.matching;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The rounds curators ran and their decisions. */
public interface MatchingRounds {

    void add(MatchingRound round);

    Optional<MatchingRound> round(UUID id);

    /** Mentees the organization's latest round left without a pair: they go first next time. */
    Set<UUID> leftUnmatchedByLatest(UUID organizationId);

    /** Records the decision on a pending proposal; false when it was no longer pending. */
    boolean decide(UUID roundId, UUID menteeId, Proposal.Decision decision, UUID pairId);
}
