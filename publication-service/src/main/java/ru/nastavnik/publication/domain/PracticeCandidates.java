package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Suggested practice candidates. */
public interface PracticeCandidates {

    /** Stores the candidate unless one exists for its programme; returns whether it was new. */
    boolean suggest(PracticeCandidate candidate);

    Optional<PracticeCandidate> find(UUID programmeId);

    List<PracticeCandidate> of(UUID organizationId, PracticeCandidate.Status status);

    /** Moves a SUGGESTED candidate on; false when it was no longer suggested. */
    boolean decide(UUID programmeId, PracticeCandidate.Status status, UUID practiceId);
}
