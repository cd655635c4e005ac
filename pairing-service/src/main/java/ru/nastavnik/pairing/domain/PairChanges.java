package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.pairing.PairChangeReason;

/** What happens to a pair or group after forming: consents, dissolution, replaced members and mentors. */
public interface PairChanges {

    /** The dissolution of a pair: date, reason code, the curator's comment, who. */
    record Dissolution(LocalDate dissolvedOn, PairChangeReason reason, String note, String dissolvedBy) {
    }

    /** The consents recorded for the pair, participant by participant (only current members count). */
    List<PairConsent> consents(UUID pairId);

    /** Records or corrects one participant's consent. */
    void recordConsent(UUID pairId, PairConsent consent);

    /**
     * Bumps the pair's version if it is still {@code expectedVersion}: false when someone changed it meanwhile.
     */
    boolean bumpVersion(UUID pairId, int expectedVersion);

    void dissolve(UUID pairId, Dissolution dissolution);

    /** The pair's programme is completed: the pair ends as COMPLETED and frees the mentor's capacity. */
    void complete(UUID pairId);

    Optional<Dissolution> dissolution(UUID pairId);

    /** Whether the mentee was ever a member of the pair (a member who left cannot rejoin it). */
    boolean everMember(UUID pairId, UUID menteeId);

    void replaceMentee(UUID pairId, UUID leaving, UUID joining, LocalDate on, PairChangeReason reason, String by);

    /** Whether the person ever mentored the pair. */
    boolean everMentor(UUID pairId, UUID mentorId);

    void replaceMentor(UUID pairId, UUID leaving, UUID joining, LocalDate on, PairChangeReason reason, String by,
            Instant at);
}
