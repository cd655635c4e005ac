package ru.nastavnik.monitoring.application.diagnostic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.monitoring.DiagnosticCompleted;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticCommands.Answers;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticCommands.OpenRound;
import ru.nastavnik.monitoring.domain.diagnostic.Answer;
import ru.nastavnik.monitoring.domain.diagnostic.Assignment;
import ru.nastavnik.monitoring.domain.diagnostic.Criterion;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticForm;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRoster;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRound;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRounds;
import ru.nastavnik.monitoring.domain.diagnostic.FormKind;
import ru.nastavnik.monitoring.domain.diagnostic.Respondent;
import ru.nastavnik.monitoring.domain.diagnostic.Stage;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/** Quarterly rounds, the forms people owe in them, and their answers (by the person, or by the curator from paper). */
@Service
public class DiagnosticRoundService {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final DiagnosticRounds rounds;
    private final DiagnosticRoster roster;
    private final FormCatalog forms;
    private final DiagnosticsAccess access;
    private final CoverageIndicator coverage;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    DiagnosticRoundService(DiagnosticRounds rounds, DiagnosticRoster roster, FormCatalog forms, DiagnosticsAccess access,
            CoverageIndicator coverage, IntegrationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.roster = roster;
        this.forms = forms;
        this.access = access;
        this.coverage = coverage;
        this.events = events;
        this.clock = clock;
    }

    AcademicYear currentYear() {
        return AcademicYear.of(LocalDate.now(clock.withZone(MOSCOW)));
    }

    /** The year a request names, or the current one; a bad text is a 400 on {@code academicYear}. */
    AcademicYear yearOf(String text) {
        if (text == null || text.isBlank()) {
            return currentYear();
        }
        return AcademicYear.parse(text).orElseThrow(() -> ProblemException.invalid(
                List.of(new FieldError("academicYear", "Учебный год пишется так: 2025/2026."))));
    }

    @Transactional
    public RoundView open(Caller caller, UUID organizationId, OpenRound input) {
        Place place = access.placeOf(organizationId);
        DiagnosticsAccess.requireManages(caller, place);
        List<FieldError> errors = new ArrayList<>();
        AcademicYear year = input == null ? null : AcademicYear.parse(input.academicYear()).orElse(null);
        if (year == null) {
            errors.add(new FieldError("academicYear", "Учебный год пишется так: 2025/2026."));
        }
        if (input == null || input.quarter() == null || input.quarter() < 1 || input.quarter() > 4) {
            errors.add(new FieldError("quarter", "Квартал учебного года — от 1 до 4."));
        }
        FormKind kind = null;
        try {
            kind = input == null || input.formKind() == null ? null : FormKind.valueOf(input.formKind().strip());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null || kind.stage() != Stage.QUARTERLY) {
            errors.add(new FieldError("formKind", "Выберите диагностику наставников или наставляемых."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        FormKind formKind = kind;
        List<UUID> respondents = roster.of(organizationId, formKind.respondent());
        if (respondents.isEmpty()) {
            throw ProblemException.unprocessable("NO_RESPONDENTS",
                    "В организации нет участников программы, которым адресована эта диагностика.");
        }
        DiagnosticForm form = forms.current(organizationId, kind);
        DiagnosticRound round = new DiagnosticRound(UUID.randomUUID(), Stage.QUARTERLY, place, year, input.quarter(), kind,
                null, null, DiagnosticRound.Status.OPEN, clock.instant(), null);
        List<Assignment> assignments = respondents.stream().map(person -> new Assignment(UUID.randomUUID(), round.id(),
                form.id(), form.kind(), formKind.respondent(), person, Assignment.Status.DUE, false, null, null)).toList();
        if (!rounds.add(round, assignments)) {
            throw ProblemException.conflict("DIAGNOSTIC_ROUND_EXISTS",
                    "Эта диагностика за " + input.quarter() + "-й квартал " + year + " уже открыта.");
        }
        coverage.refresh(round);
        return view(caller, round);
    }

    @Transactional(readOnly = true)
    public List<RoundView> ofOrganization(Caller caller, UUID organizationId, String academicYear) {
        Place place = access.placeOf(organizationId);
        DiagnosticsAccess.requireAggregates(caller, place);
        return rounds.ofOrganization(organizationId, yearOf(academicYear)).stream().map(r -> view(caller, r)).toList();
    }

    @Transactional(readOnly = true)
    public RoundView round(Caller caller, UUID roundId) {
        DiagnosticRound round = load(roundId);
        DiagnosticsAccess.requireAggregates(caller, round.place());
        return view(caller, round);
    }

    @Transactional
    public RoundView close(Caller caller, UUID roundId) {
        DiagnosticRound round = load(roundId);
        DiagnosticsAccess.requireManages(caller, round.place());
        if (round.open()) {
            rounds.close(roundId, clock.instant());
        }
        return view(caller, load(roundId));
    }

    @Transactional(readOnly = true)
    public AssignmentView assignment(Caller caller, UUID assignmentId) {
        Assignment assignment = loadAssignment(assignmentId);
        DiagnosticRound round = load(assignment.roundId());
        requireRespondentOrCurator(caller, assignment, round);
        return view(assignment, round);
    }

    /**
     * Scores every criterion 1–10. Resubmission is allowed while the round is open (a curator correcting a paper
     * form, a person changing their mind): the latest answers win and a new DiagnosticCompleted says so.
     */
    @Transactional
    public AssignmentView submit(Caller caller, UUID assignmentId, Answers input) {
        Assignment assignment = loadAssignment(assignmentId);
        DiagnosticRound round = load(assignment.roundId());
        requireRespondentOrCurator(caller, assignment, round);
        DiagnosticForm form = forms.find(assignment.formId()).orElseThrow();
        Map<String, Integer> scores = input == null || input.scores() == null ? Map.of() : input.scores();
        List<FieldError> errors = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (Criterion criterion : form.criteria()) {
            Integer score = scores.get(criterion.code());
            if (score == null) {
                errors.add(new FieldError("scores." + criterion.code(), "Поставьте оценку от 1 до 10."));
            } else if (score < Criterion.MIN_SCORE || score > Criterion.MAX_SCORE) {
                errors.add(new FieldError("scores." + criterion.code(), "Оценка — целое число от 1 до 10."));
            } else {
                answers.add(new Answer(criterion.code(), criterion.scale(), score));
            }
        }
        scores.keySet().stream().filter(code -> form.criteria().stream().noneMatch(c -> c.code().equals(code)))
                .forEach(code -> errors.add(new FieldError("scores." + code, "Такого критерия в анкете нет.")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!round.open()) {
            throw ProblemException.conflict("ROUND_CLOSED", "Этот этап диагностики закрыт, ответы больше не принимаются.");
        }
        if (assignment.status() == Assignment.Status.WITHDRAWN) {
            throw ProblemException.conflict("ASSIGNMENT_WITHDRAWN", "Эта анкета больше не ожидается.");
        }
        BigDecimal average = BigDecimal.valueOf(answers.stream().mapToInt(Answer::score).sum())
                .divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP);
        boolean byCurator = assignment.personId() != null && !assignment.personId().equals(caller.personId());
        rounds.submit(assignmentId, answers, byCurator, average, clock.instant());
        events.publish(new DiagnosticCompleted(assignmentId, round.id(), round.place().organizationId(),
                round.place().municipalityId(), round.place().regionId(), assignment.personId(),
                assignment.respondent().name(), assignment.formKind().name(), form.id(), form.version(),
                round.academicYear().toString(), round.quarter(), round.programmeId(), round.pairId(),
                average.doubleValue(), byCurator, LocalDate.now(clock.withZone(MOSCOW))));
        if (round.stage() == Stage.QUARTERLY) {
            coverage.refresh(round);
        }
        return view(loadAssignment(assignmentId), round);
    }

    /** The caller's outstanding forms: their own, and a school curator's programme-quality surveys. */
    @Transactional(readOnly = true)
    public List<TodoView> myTodos(Caller caller) {
        List<Assignment> due = new ArrayList<>();
        if (caller.personId() != null) {
            rounds.ofPerson(caller.personId()).stream().filter(a -> a.status() == Assignment.Status.DUE).forEach(due::add);
        }
        if (caller.has(Role.SCHOOL_CURATOR)) {
            caller.organizationIds().forEach(org -> due.addAll(rounds.dueForCurators(org)));
        }
        List<TodoView> todos = new ArrayList<>();
        for (Assignment a : due) {
            DiagnosticRound round = load(a.roundId());
            if (round.open()) {
                String title = forms.find(a.formId()).map(DiagnosticForm::title).orElse("");
                todos.add(new TodoView(a.id(), round.id(), round.place().organizationId(), a.formKind(), title,
                        round.academicYear().toString(), round.quarter(), round.pairId(), 1, List.of()));
            }
        }
        return todos;
    }

    /** The curator's to-dos: per open round and form, who has not submitted yet. */
    @Transactional(readOnly = true)
    public List<TodoView> curatorTodos(Caller caller, UUID organizationId) {
        Place place = access.placeOf(organizationId);
        DiagnosticsAccess.requireManages(caller, place);
        List<TodoView> todos = new ArrayList<>();
        for (AcademicYear year : List.of(currentYear().previous(), currentYear(), currentYear().next())) {
            for (DiagnosticRound round : rounds.ofOrganization(organizationId, year)) {
                if (!round.open()) {
                    continue;
                }
                Map<FormKind, List<Assignment>> byKind = new LinkedHashMap<>();
                rounds.assignments(round.id()).stream().filter(a -> a.status() == Assignment.Status.DUE)
                        .forEach(a -> byKind.computeIfAbsent(a.formKind(), k -> new ArrayList<>()).add(a));
                byKind.forEach((kind, due) -> todos.add(new TodoView(null, round.id(), organizationId, kind,
                        forms.current(organizationId, kind).title(), year.toString(), round.quarter(), round.pairId(),
                        due.size(), due.stream().map(Assignment::personId).filter(Objects::nonNull).toList())));
            }
        }
        return todos;
    }

    private void requireRespondentOrCurator(Caller caller, Assignment assignment, DiagnosticRound round) {
        boolean own = assignment.personId() != null && assignment.personId().equals(caller.personId());
        AccessPolicy.require(own || DiagnosticsAccess.manages(caller, round.place()),
                "Эту анкету заполняет сам участник или куратор его организации.");
    }

    private DiagnosticRound load(UUID roundId) {
        return rounds.find(roundId).orElseThrow(() -> ProblemException.notFound("DIAGNOSTIC_ROUND_NOT_FOUND",
                "Такого этапа диагностики нет."));
    }

    private Assignment loadAssignment(UUID assignmentId) {
        return rounds.assignment(assignmentId).orElseThrow(() -> ProblemException.notFound("ASSIGNMENT_NOT_FOUND",
                "Такой анкеты нет."));
    }

    private RoundView view(Caller caller, DiagnosticRound round) {
        List<Assignment> assignments = rounds.assignments(round.id());
        long expected = assignments.stream().filter(a -> a.status() != Assignment.Status.WITHDRAWN).count();
        long submitted = assignments.stream().filter(a -> a.status() == Assignment.Status.SUBMITTED).count();
        List<RoundView.AssignmentRow> rows = DiagnosticsAccess.manages(caller, round.place())
                ? assignments.stream().map(a -> new RoundView.AssignmentRow(a.id(), a.formKind(), a.respondent(),
                        a.personId(), a.status().name(), a.enteredByCurator(), a.averageScore())).toList()
                : null;
        return new RoundView(round.id(), round.place().organizationId(), round.stage(), round.academicYear().toString(),
                round.quarter(), round.formKind(), round.programmeId(), round.pairId(), round.status().name(),
                round.openedAt(), round.closedAt(), expected, submitted, rows);
    }

    private AssignmentView view(Assignment assignment, DiagnosticRound round) {
        DiagnosticForm form = forms.find(assignment.formId()).orElseThrow();
        Map<String, Integer> scores = new LinkedHashMap<>();
        rounds.answers(assignment.id()).forEach(a -> scores.put(a.criterionCode(), a.score()));
        return new AssignmentView(assignment.id(), round.id(), round.place().organizationId(), assignment.respondent(),
                assignment.personId(), assignment.status().name(), round.open(), round.academicYear().toString(),
                round.quarter(), round.pairId(), FormView.of(form, false), scores, assignment.enteredByCurator(),
                assignment.averageScore());
    }

    /** Opens the end-of-programme surveys of a pair once: mentor's, each mentee's and the curator's. */
    @Transactional
    public boolean openProgrammeEnd(UUID programmeId, UUID pairId, Place place, LocalDate completedOn, UUID mentorId,
            List<UUID> menteeIds) {
        UUID roundId = UUID.nameUUIDFromBytes(("programme-end:" + programmeId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        DiagnosticRound round = new DiagnosticRound(roundId, Stage.PROGRAMME_END, place, AcademicYear.of(completedOn), null,
                null, programmeId, pairId, DiagnosticRound.Status.OPEN, clock.instant(), null);
        List<Assignment> assignments = new ArrayList<>();
        if (mentorId != null) {
            assignments.add(assignmentOf(round, FormKind.MENTOR_SATISFACTION, mentorId));
        }
        menteeIds.stream().distinct().forEach(m -> assignments.add(assignmentOf(round, FormKind.MENTEE_SATISFACTION, m)));
        assignments.add(assignmentOf(round, FormKind.PROGRAMME_QUALITY, null));
        return rounds.add(round, assignments);
    }

    private Assignment assignmentOf(DiagnosticRound round, FormKind kind, UUID person) {
        DiagnosticForm form = forms.current(round.place().organizationId(), kind);
        return new Assignment(UUID.randomUUID(), round.id(), form.id(), kind, kind.respondent(), person,
                Assignment.Status.DUE, false, null, null);
    }

    /** A person left the programme or withdrew consent: nothing more is due from them. */
    @Transactional
    public void noLongerDue(UUID personId) {
        coverage.refreshRounds(rounds.withdrawDue(personId));
    }

    /** Consent withdrawn: nothing more due, and their answers stay only as anonymous figures. */
    @Transactional
    public void forget(UUID personId) {
        List<UUID> touched = new ArrayList<>(rounds.withdrawDue(personId));
        touched.addAll(rounds.anonymize(personId));
        coverage.refreshRounds(touched);
    }
}
