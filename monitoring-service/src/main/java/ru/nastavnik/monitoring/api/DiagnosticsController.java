package ru.nastavnik.monitoring.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.monitoring.application.diagnostic.AssignmentView;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticCommands.Answers;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticCommands.FormInput;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticCommands.OpenRound;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticReports;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticRoundService;
import ru.nastavnik.monitoring.application.diagnostic.FormCatalog;
import ru.nastavnik.monitoring.application.diagnostic.FormView;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.Coverage;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.OrganizationComparison;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.PersonComparison;
import ru.nastavnik.monitoring.application.diagnostic.ReportViews.UnitSummary;
import ru.nastavnik.monitoring.application.diagnostic.RoundView;
import ru.nastavnik.monitoring.application.diagnostic.TodoView;
import ru.nastavnik.platform.security.Callers;

/** Diagnostics and surveys: forms, rounds, assignments and answers, comparison tables, coverage, to-dos. */
@RestController
@RequestMapping(path = "/api/monitoring/diagnostics", produces = MediaType.APPLICATION_JSON_VALUE)
class DiagnosticsController {

    private final FormCatalog forms;
    private final DiagnosticRoundService rounds;
    private final DiagnosticReports reports;

    DiagnosticsController(FormCatalog forms, DiagnosticRoundService rounds, DiagnosticReports reports) {
        this.forms = forms;
        this.rounds = rounds;
        this.reports = reports;
    }

    @GetMapping("/organizations/{organizationId}/forms")
    List<FormView> forms(@PathVariable UUID organizationId) {
        return forms.ofOrganization(Callers.current(), organizationId);
    }

    @PostMapping(path = "/organizations/{organizationId}/forms", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FormView> saveForm(@PathVariable UUID organizationId, @RequestBody FormInput body) {
        FormView form = forms.save(Callers.current(), organizationId, body);
        return ResponseEntity.created(URI.create("/api/monitoring/diagnostics/organizations/" + organizationId + "/forms"))
                .body(form);
    }

    @PostMapping(path = "/organizations/{organizationId}/rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoundView> open(@PathVariable UUID organizationId, @RequestBody OpenRound body) {
        RoundView round = rounds.open(Callers.current(), organizationId, body);
        return ResponseEntity.created(URI.create("/api/monitoring/diagnostics/rounds/" + round.id())).body(round);
    }

    @GetMapping("/organizations/{organizationId}/rounds")
    List<RoundView> rounds(@PathVariable UUID organizationId, @RequestParam(required = false) String academicYear) {
        return rounds.ofOrganization(Callers.current(), organizationId, academicYear);
    }

    @GetMapping("/rounds/{roundId}")
    RoundView round(@PathVariable UUID roundId) {
        return rounds.round(Callers.current(), roundId);
    }

    @PostMapping("/rounds/{roundId}/close")
    RoundView close(@PathVariable UUID roundId) {
        return rounds.close(Callers.current(), roundId);
    }

    @GetMapping("/assignments/{assignmentId}")
    AssignmentView assignment(@PathVariable UUID assignmentId) {
        return rounds.assignment(Callers.current(), assignmentId);
    }

    @PutMapping(path = "/assignments/{assignmentId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssignmentView answer(@PathVariable UUID assignmentId, @RequestBody Answers body) {
        return rounds.submit(Callers.current(), assignmentId, body);
    }

    @GetMapping("/todos")
    List<TodoView> myTodos() {
        return rounds.myTodos(Callers.current());
    }

    @GetMapping("/organizations/{organizationId}/todos")
    List<TodoView> curatorTodos(@PathVariable UUID organizationId) {
        return rounds.curatorTodos(Callers.current(), organizationId);
    }

    @GetMapping("/organizations/{organizationId}/coverage")
    Coverage coverage(@PathVariable UUID organizationId, @RequestParam(required = false) String academicYear) {
        return reports.coverage(Callers.current(), organizationId, academicYear);
    }

    @GetMapping("/organizations/{organizationId}/comparison")
    OrganizationComparison organization(@PathVariable UUID organizationId,
            @RequestParam(required = false) String academicYear) {
        return reports.organization(Callers.current(), organizationId, academicYear);
    }

    @GetMapping("/people/{personId}/comparison")
    PersonComparison person(@PathVariable UUID personId, @RequestParam(required = false) String academicYear) {
        return reports.person(Callers.current(), personId, academicYear);
    }

    @GetMapping("/units/{unitId}/organizations")
    UnitSummary unit(@PathVariable UUID unitId, @RequestParam(required = false) String academicYear) {
        return reports.unit(Callers.current(), unitId, academicYear);
    }
}
