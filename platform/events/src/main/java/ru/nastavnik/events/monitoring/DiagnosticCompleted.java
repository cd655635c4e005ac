package ru.nastavnik.events.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.EventType;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;

/**
 * A diagnostic or survey form was submitted (or resubmitted while its round is open: the latest wins, keyed by the
 * assignment). Ids, the form's kind and version, where it sits in the academic year and the average of its 1–10
 * scores; never a name nor any answer text. {@code formKind} is one of MENTOR_COMPETENCIES, MENTEE_NEEDS,
 * MENTOR_SATISFACTION, MENTEE_SATISFACTION, PROGRAMME_QUALITY; {@code respondentRole} MENTOR, MENTEE or CURATOR.
 * {@code personId} is null for the curator's programme-quality survey (it is about the pair, not the curator);
 * {@code quarter} is null for end-of-programme surveys, {@code programmeId} and {@code pairId} null for quarterly
 * diagnostics.
 */
@EventType(value = "ru.nastavnik.monitoring.diagnostic-completed.v1", topic = Topics.MONITORING)
public record DiagnosticCompleted(
        UUID assignmentId,
        UUID roundId,
        UUID organizationId,
        UUID municipalityId,
        UUID regionId,
        UUID personId,
        String respondentRole,
        String formKind,
        UUID formId,
        int formVersion,
        String academicYear,
        Integer quarter,
        UUID programmeId,
        UUID pairId,
        double averageScore,
        boolean enteredByCurator,
        LocalDate submittedOn) implements IntegrationEvent {

    public DiagnosticCompleted {
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(respondentRole, "respondentRole");
        Objects.requireNonNull(formKind, "formKind");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(submittedOn, "submittedOn");
    }

    @Override
    public String aggregateId() {
        return assignmentId.toString();
    }
}
