package ru.nastavnik.pairing.domain.programme;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Programmes of pairs and groups. */
public interface Programmes {

    void add(Programme programme);

    /**
     * Stores the programme if it still has {@code programme.version()}, raising the version by one; false (and
     * nothing stored) if someone changed it meanwhile.
     */
    boolean save(Programme programme);

    Optional<Programme> programme(UUID id);

    /** The pair's programme that is not completed, else its latest one. */
    Optional<Programme> ofPair(UUID pairId);

    /** Serializes programme creation for one pair until the transaction ends. */
    void lockPair(UUID pairId);

    List<Programme> allOfPair(UUID pairId);
}
