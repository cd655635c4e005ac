package ru.nastavnik.pairing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mentoring pairs and groups. */
public interface Pairs {

    void add(Pair pair);

    Optional<Pair> pair(UUID id);

    List<Pair> ofOrganization(UUID organizationId);

    /** Mentees in the mentor's active pairs and groups. */
    int activeMenteesOf(UUID mentorId);

    /** The active pair or group the mentee is in, if any. */
    Optional<UUID> activePairOf(UUID menteeId);

    /** Serializes changes of one mentor's pairs (capacity checks) until the transaction ends. */
    void lockMentor(UUID mentorId);
}
