package ru.nastavnik.pairing.domain.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A proposed pair of a round, its reasons, the next-best mentors, and what the curator decided. */
public record Proposal(UUID menteeId, UUID mentorId, int score, Map<Criterion, Integer> contributions,
        List<Alternative> alternatives, Decision decision, UUID pairId) {

    public enum Decision { PENDING, ACCEPTED, REJECTED }

    /** Another mentor the mentee could have, with the score and whether the round left them room. */
    public record Alternative(UUID mentorId, int score, boolean hasRoomLeft) {
    }

    public Proposal {
        contributions = Map.copyOf(contributions);
        alternatives = List.copyOf(alternatives);
    }
}
