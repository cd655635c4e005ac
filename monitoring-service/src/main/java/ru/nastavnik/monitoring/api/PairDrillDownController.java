package ru.nastavnik.monitoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.application.PairDrillDown;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.Callers;

/** Drill-down from an organization's indicators to its pairs and groups: counts per pair, no names. */
@RestController
@RequestMapping(path = "/api/monitoring", produces = MediaType.APPLICATION_JSON_VALUE)
class PairDrillDownController {

    private final PairDrillDown drillDown;

    PairDrillDownController(PairDrillDown drillDown) {
        this.drillDown = drillDown;
    }

    /** The shape the dashboards' portal links to; keep it stable. */
    record PairRow(UUID pairId, String roleModel, String format, int menteeCount, String status, long tasksDone,
            long tasksTotal, BigDecimal planFulfilment, long meetingsHeld, long feedbackGiven, long feedbackExpected,
            long finalMeetingAttended, long finalMeetingParticipants) {
    }

    /** {@code year} is the academic year's start: 2025 is 2025/2026; the current one when absent. */
    @GetMapping("/organizations/{organizationId}/pairs")
    List<PairRow> pairs(@PathVariable UUID organizationId, @RequestParam(required = false) String year) {
        return drillDown.pairs(Callers.current(), organizationId, year(year)).stream()
                .map(p -> new PairRow(p.pairId(), p.roleModel(), p.format(), p.menteeCount(), p.status(), p.tasksDone(),
                        p.tasksTotal(), p.planFulfilment(), p.meetingsHeld(), p.feedbackGiven(), p.feedbackExpected(),
                        p.finalMeetingAttended(), p.finalMeetingParticipants()))
                .toList();
    }

    static AcademicYear year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().matches("\\d{4}")) {
            int start = Integer.parseInt(text.strip());
            if (start >= 2000 && start <= 2100) {
                return new AcademicYear(start);
            }
        }
        throw ProblemException.invalid(List.of(new FieldError("year",
                "начальный год учебного года, например 2025 для 2025/2026")));
    }
}
