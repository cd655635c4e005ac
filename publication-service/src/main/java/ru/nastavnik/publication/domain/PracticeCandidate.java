package ru.nastavnik.publication.domain;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;

/**
 * A completed programme that reached its target, suggested to the school curator as a practice worth describing.
 * Keyed by the programme, so the same completion never suggests twice. No people: only the curator's summary.
 */
public record PracticeCandidate(UUID programmeId, UUID pairId, UUID organizationId, UUID municipalityId, UUID regionId,
        RoleModel form, MentoringFormat format, LocalDate completedOn, double shareDone, int meetingsHeld,
        String resultsSummary, Status status, UUID practiceId) {

    public enum Status {
        /** Waiting for the curator's decision. */
        SUGGESTED,
        /** The curator started a practice draft from it. */
        TAKEN,
        /** The curator decided it is not a practice to publish. */
        DISMISSED
    }
}
