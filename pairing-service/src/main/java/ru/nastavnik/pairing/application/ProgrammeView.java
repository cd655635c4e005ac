package ru.nastavnik.pairing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.pairing.domain.programme.PlanTask;
import ru.nastavnik.pairing.domain.programme.Programme;
import ru.nastavnik.pairing.domain.programme.ProgrammeState;
import ru.nastavnik.pairing.domain.programme.Progress;
import ru.nastavnik.pairing.domain.programme.SelfAssessment;

/** A programme as callers see it, with its progress and whether the final meeting was held. */
public record ProgrammeView(UUID id, UUID pairId, List<String> goals, List<PlanTask> tasks, ProgrammeState state,
        String orderNumber, LocalDate orderDate, Instant approvedAt, List<SelfAssessment> selfAssessments,
        String resultsSummary, Instant completedAt, int version, Progress progress, boolean finalMeetingHeld,
        LocalDate startsOn, LocalDate endsOn) {

    static ProgrammeView of(Programme p, boolean finalMeetingHeld, LocalDate startsOn, LocalDate endsOn) {
        return new ProgrammeView(p.id(), p.pairId(), p.goals(), p.tasks(), p.state(), p.orderNumber(), p.orderDate(),
                p.approvedAt(), p.selfAssessments(), p.resultsSummary(), p.completedAt(), p.version(), p.progress(),
                finalMeetingHeld, startsOn, endsOn);
    }
}
