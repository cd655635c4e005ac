package ru.nastavnik.pairing.domain.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A pair's personalized mentoring programme (персонализированная программа наставничества): ordered goals, tasks,
 * approval by the director's order, completion with each participant's self-assessment and the curator's summary of
 * results. {@code version} guards concurrent edits: every change names the version it was made on.
 */
public record Programme(UUID id, UUID pairId, List<String> goals, List<PlanTask> tasks, ProgrammeState state,
        String orderNumber, LocalDate orderDate, Instant approvedAt, List<SelfAssessment> selfAssessments,
        String resultsSummary, Instant completedAt, String createdBy, Instant createdAt, int version) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pairId, "pairId");
        Objects.requireNonNull(state, "state");
        goals = List.copyOf(goals);
        tasks = List.copyOf(tasks);
        selfAssessments = List.copyOf(selfAssessments);
    }

    public Progress progress() {
        return Progress.of((int) tasks.stream().filter(PlanTask::done).count(), tasks.size());
    }

    public Programme withPlan(List<String> newGoals, List<PlanTask> newTasks) {
        return new Programme(id, pairId, newGoals, newTasks, state, orderNumber, orderDate, approvedAt, selfAssessments,
                resultsSummary, completedAt, createdBy, createdAt, version);
    }

    public Programme approved(String number, LocalDate date, Instant at) {
        return new Programme(id, pairId, goals, tasks, ProgrammeState.APPROVED, number, date, at, selfAssessments,
                resultsSummary, completedAt, createdBy, createdAt, version);
    }

    public Programme withSelfAssessments(List<SelfAssessment> assessments) {
        return new Programme(id, pairId, goals, tasks, state, orderNumber, orderDate, approvedAt, assessments,
                resultsSummary, completedAt, createdBy, createdAt, version);
    }

    public Programme completed(String summary, Instant at) {
        return new Programme(id, pairId, goals, tasks, ProgrammeState.COMPLETED, orderNumber, orderDate, approvedAt,
                selfAssessments, summary, at, createdBy, createdAt, version);
    }
}
