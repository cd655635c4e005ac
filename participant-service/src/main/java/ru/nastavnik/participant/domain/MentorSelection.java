package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A mentor candidate's selection: the interview (date, interviewer's username, notes — personal data), which
 * criteria the candidate meets, the decision and its reason, and the curator's explicit confirmation of readiness
 * (who, when, why) where it stands in for a training record.
 */
public record MentorSelection(UUID personId, LocalDate interviewDate, String interviewer, String interviewNotes,
        List<Mark> marks, SelectionDecision decision, String reason, String updatedBy, Instant updatedAt,
        String readinessConfirmedBy, Instant readinessConfirmedAt, String readinessReason) {

    public static final int MAX_NOTES = 4000;
    public static final int MAX_REASON = 1000;

    /** Whether the candidate meets one criterion. */
    public record Mark(UUID criterionId, boolean met) {
        public Mark {
            Objects.requireNonNull(criterionId, "criterionId");
        }
    }

    public MentorSelection {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(decision, "decision");
        marks = List.copyOf(marks);
    }

    public boolean readinessConfirmed() {
        return readinessConfirmedAt != null;
    }

    public MentorSelection withConfirmation(String by, Instant at, String why) {
        return new MentorSelection(personId, interviewDate, interviewer, interviewNotes, marks, decision, reason, updatedBy,
                updatedAt, by, at, why);
    }
}
