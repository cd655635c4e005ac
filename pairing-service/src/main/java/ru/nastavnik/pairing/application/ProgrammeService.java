package ru.nastavnik.pairing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.pairing.MeetingType;
import ru.nastavnik.events.pairing.PlanTaskCompleted;
import ru.nastavnik.events.pairing.ProgrammeApproved;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.pairing.application.PairAccess.Standing;
import ru.nastavnik.pairing.application.ProgrammeCommands.AddTask;
import ru.nastavnik.pairing.application.ProgrammeCommands.Approve;
import ru.nastavnik.pairing.application.ProgrammeCommands.Assess;
import ru.nastavnik.pairing.application.ProgrammeCommands.Complete;
import ru.nastavnik.pairing.application.ProgrammeCommands.Plan;
import ru.nastavnik.pairing.application.ProgrammeCommands.TaskInput;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.PairChanges;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.Pairs;
import ru.nastavnik.pairing.domain.meeting.Meeting;
import ru.nastavnik.pairing.domain.meeting.Meetings;
import ru.nastavnik.pairing.domain.programme.PlanTask;
import ru.nastavnik.pairing.domain.programme.Programme;
import ru.nastavnik.pairing.domain.programme.ProgrammeState;
import ru.nastavnik.pairing.domain.programme.Programmes;
import ru.nastavnik.pairing.domain.programme.Progress;
import ru.nastavnik.pairing.domain.programme.SelfAssessment;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;

/**
 * Personalized programmes of pairs and groups: the mentor (or the organization's curator) writes goals and tasks,
 * the curator approves the programme by order, members mark tasks done and give their final self-assessment, the
 * curator completes it once every side assessed and the final meeting was held. Every change names the version it
 * was made on: a stale one is refused with 409 and nothing changes.
 */
@Service
public class ProgrammeService {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final int MAX_TEXT = 2000;
    static final int MAX_GOALS = 20;
    static final int MAX_TASKS = 100;

    private final Programmes programmes;
    private final Pairs pairs;
    private final Meetings meetings;
    private final PairAccess access;
    private final IntegrationEventPublisher events;
    private final Clock clock;
    private final PairChanges pairChanges;

    public ProgrammeService(Programmes programmes, Pairs pairs, Meetings meetings, PairAccess access,
            IntegrationEventPublisher events, Clock clock, PairChanges pairChanges) {
        this.pairChanges = pairChanges;
        this.programmes = programmes;
        this.pairs = pairs;
        this.meetings = meetings;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProgrammeView create(Caller caller, UUID pairId, Plan plan) {
        Standing standing = access.editor(caller, pairId);
        if (standing.pair().status() != PairStatus.ACTIVE) {
            throw ProblemException.conflict("PAIR_NOT_ACTIVE", "Программу составляют только для действующей пары.");
        }
        List<FieldError> errors = new ArrayList<>();
        List<String> goals = goals(plan.goals(), errors);
        List<PlanTask> tasks = tasks(plan.tasks(), List.of(), standing.pair(), errors);
        throwIfAny(errors);
        programmes.lockPair(pairId);
        if (programmes.ofPair(pairId).filter(p -> p.state() != ProgrammeState.COMPLETED).isPresent()) {
            throw ProblemException.conflict("PROGRAMME_EXISTS", "У пары уже есть действующая программа.");
        }
        Programme programme = new Programme(UUID.randomUUID(), pairId, goals, tasks, ProgrammeState.DRAFT, null, null,
                null, List.of(), null, null, caller.username(), clock.instant(), 0);
        programmes.add(programme);
        return view(programme, standing.pair());
    }

    @Transactional(readOnly = true)
    public ProgrammeView ofPair(Caller caller, UUID pairId) {
        Standing standing = access.reader(caller, pairId);
        Programme programme = programmes.ofPair(pairId).orElseThrow(() -> ProblemException.notFound("PROGRAMME_NOT_FOUND",
                "У пары ещё нет программы."));
        return view(programme, standing.pair());
    }

    @Transactional
    public ProgrammeView replacePlan(Caller caller, UUID programmeId, Plan plan) {
        Programme programme = load(programmeId);
        Standing standing = access.editor(caller, programme.pairId());
        requireVersion(programme, plan.version());
        requireOpen(programme);
        List<FieldError> errors = new ArrayList<>();
        List<String> goals = goals(plan.goals(), errors);
        List<PlanTask> tasks = tasks(plan.tasks(), programme.tasks(), standing.pair(), errors);
        throwIfAny(errors);
        return store(programme.withPlan(goals, tasks), standing.pair());
    }

    @Transactional
    public ProgrammeView addTask(Caller caller, UUID programmeId, AddTask task) {
        Programme programme = load(programmeId);
        Standing standing = access.editor(caller, programme.pairId());
        requireVersion(programme, task.version());
        requireOpen(programme);
        List<FieldError> errors = new ArrayList<>();
        List<PlanTask> added = tasks(List.of(new TaskInput(null, task.title(), task.deadline(), task.expectedResult())),
                List.of(), standing.pair(), errors);
        throwIfAny(errors);
        List<PlanTask> tasks = new ArrayList<>(programme.tasks());
        tasks.addAll(added);
        if (tasks.size() > MAX_TASKS) {
            throw ProblemException.invalid(List.of(new FieldError("tasks", "не больше " + MAX_TASKS + " задач")));
        }
        return store(programme.withPlan(programme.goals(), tasks), standing.pair());
    }

    @Transactional
    public ProgrammeView completeTask(Caller caller, UUID programmeId, UUID taskId, Integer version) {
        Programme programme = load(programmeId);
        Standing standing = access.reader(caller, programme.pairId());
        AccessPolicy.require(standing.member() || standing.manager(), "Отмечать задачи могут участники пары и куратор организации.");
        requireVersion(programme, version);
        if (programme.state() != ProgrammeState.APPROVED) {
            throw ProblemException.conflict("PROGRAMME_NOT_APPROVED", "Задачи отмечают после утверждения программы приказом.");
        }
        PlanTask task = programme.tasks().stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("TASK_NOT_FOUND", "Задача не найдена."));
        if (task.done()) {
            throw ProblemException.conflict("TASK_ALREADY_DONE", "Задача уже выполнена.");
        }
        LocalDate today = LocalDate.now(clock.withZone(MOSCOW));
        PlanTask done = task.doneBy(caller.username(), today, clock.instant());
        Programme changed = programme.withPlan(programme.goals(),
                programme.tasks().stream().map(t -> t.id().equals(taskId) ? done : t).toList());
        ProgrammeView view = store(changed, standing.pair());
        Pair pair = standing.pair();
        Progress progress = changed.progress();
        events.publish(new PlanTaskCompleted(programme.id(), taskId, pair.id(), pair.organizationId(), pair.municipalityId(),
                pair.regionId(), task.deadline(), today, !today.isAfter(task.deadline()), progress.done(), progress.total()));
        return view;
    }

    @Transactional
    public ProgrammeView approve(Caller caller, UUID programmeId, Approve approve) {
        Programme programme = load(programmeId);
        Standing standing = access.manager(caller, programme.pairId());
        requireVersion(programme, approve.version());
        List<FieldError> errors = new ArrayList<>();
        String number = text(approve.orderNumber(), "orderNumber", 50, true, errors);
        LocalDate date = date(approve.orderDate(), "orderDate", errors);
        if (date != null && date.isAfter(LocalDate.now(clock.withZone(MOSCOW)))) {
            errors.add(new FieldError("orderDate", "приказ не может быть датирован будущим числом"));
        }
        throwIfAny(errors);
        if (programme.state() != ProgrammeState.DRAFT) {
            throw ProblemException.conflict("PROGRAMME_NOT_DRAFT", "Утвердить можно только проект программы.");
        }
        if (programme.goals().isEmpty() || programme.tasks().isEmpty()) {
            throw ProblemException.unprocessable("PROGRAMME_EMPTY", "В программе должны быть цели и хотя бы одна задача.");
        }
        Programme approved = programme.approved(number, date, clock.instant());
        ProgrammeView view = store(approved, standing.pair());
        Pair pair = standing.pair();
        events.publish(new ProgrammeApproved(programme.id(), pair.id(), pair.organizationId(), pair.municipalityId(),
                pair.regionId(), number, date, approved.goals().size(), approved.tasks().size()));
        return view;
    }

    @Transactional
    public ProgrammeView assess(Caller caller, UUID programmeId, Assess assess) {
        Programme programme = load(programmeId);
        Standing standing = access.reader(caller, programme.pairId());
        AccessPolicy.require(standing.member(), "Самооценку даёт сам участник пары.");
        requireVersion(programme, assess.version());
        List<FieldError> errors = new ArrayList<>();
        if (assess.score() == null || assess.score() < 1 || assess.score() > 10) {
            errors.add(new FieldError("score", "от 1 до 10"));
        }
        String text = text(assess.text(), "text", MAX_TEXT, true, errors);
        throwIfAny(errors);
        if (programme.state() != ProgrammeState.APPROVED) {
            throw ProblemException.conflict("PROGRAMME_NOT_APPROVED", "Самооценку дают по утверждённой, ещё не завершённой программе.");
        }
        List<SelfAssessment> assessments = new ArrayList<>(programme.selfAssessments().stream()
                .filter(a -> !a.personId().equals(caller.personId())).toList());
        assessments.add(new SelfAssessment(caller.personId(), standing.side(), assess.score(), text, clock.instant()));
        return store(programme.withSelfAssessments(assessments), standing.pair());
    }

    @Transactional
    public ProgrammeView complete(Caller caller, UUID programmeId, Complete complete) {
        Programme programme = load(programmeId);
        Standing standing = access.manager(caller, programme.pairId());
        requireVersion(programme, complete.version());
        List<FieldError> errors = new ArrayList<>();
        String summary = text(complete.resultsSummary(), "resultsSummary", 4000, true, errors);
        throwIfAny(errors);
        if (programme.state() != ProgrammeState.APPROVED) {
            throw ProblemException.conflict("PROGRAMME_NOT_APPROVED", "Завершить можно только утверждённую программу.");
        }
        Pair pair = standing.pair();
        List<UUID> assessed = programme.selfAssessments().stream().map(SelfAssessment::personId).toList();
        List<UUID> members = new ArrayList<>(pair.menteeIds());
        members.add(pair.mentorId());
        if (!assessed.containsAll(members)) {
            throw ProblemException.unprocessable("SELF_ASSESSMENT_MISSING",
                    "Программу завершают после самооценки наставника и каждого наставляемого.");
        }
        if (!finalMeetingHeld(pair.id())) {
            throw ProblemException.unprocessable("FINAL_MEETING_MISSING", "Программу завершают после итоговой встречи.");
        }
        Programme completed = programme.completed(summary, clock.instant());
        ProgrammeView view = store(completed, pair);
        pairChanges.complete(pair.id());
        Progress progress = completed.progress();
        int held = (int) meetings.ofPair(pair.id()).stream().filter(Meeting::held).count();
        events.publish(new ProgrammeCompleted(programme.id(), pair.id(), pair.organizationId(), pair.municipalityId(),
                pair.regionId(), pair.roleModel(), pair.format(), LocalDate.now(clock.withZone(MOSCOW)), progress.done(),
                progress.total(), progress.share(), progress.targetReached(), held,
                completed.selfAssessments().stream().filter(a -> members.contains(a.personId()))
                        .map(a -> new ProgrammeCompleted.Score(a.personId(), a.side().name(), a.score())).toList(),
                summary, pair.mentorId(), pair.menteeIds()));
        return view;
    }

    /**
     * The active pairs and groups the caller is a member of (mentor or mentee): those of the organizations their
     * token names, and the mentee's own pair wherever it is.
     */
    @Transactional(readOnly = true)
    public List<Pair> myPairs(Caller caller) {
        UUID person = caller.personId();
        if (person == null) {
            return List.of();
        }
        Map<UUID, Pair> mine = new LinkedHashMap<>();
        for (UUID organization : caller.organizationIds()) {
            for (Pair pair : pairs.ofOrganization(organization)) {
                if (pair.status() == PairStatus.ACTIVE && (person.equals(pair.mentorId()) || pair.menteeIds().contains(person))) {
                    mine.put(pair.id(), pair);
                }
            }
        }
        pairs.activePairOf(person).flatMap(pairs::pair).ifPresent(pair -> mine.putIfAbsent(pair.id(), pair));
        return List.copyOf(mine.values());
    }

    private boolean finalMeetingHeld(UUID pairId) {
        return meetings.ofPair(pairId).stream().anyMatch(m -> m.type() == MeetingType.FINAL && m.held()
                && !m.present().isEmpty());
    }

    private ProgrammeView store(Programme changed, Pair pair) {
        if (!programmes.save(changed)) {
            throw changedConcurrently();
        }
        Programme stored = programmes.programme(changed.id()).orElseThrow();
        return view(stored, pair);
    }

    private ProgrammeView view(Programme programme, Pair pair) {
        return ProgrammeView.of(programme, finalMeetingHeld(pair.id()), pair.startsOn(), pair.endsOn());
    }

    private Programme load(UUID programmeId) {
        return programmes.programme(programmeId).orElseThrow(() -> ProblemException.notFound("PROGRAMME_NOT_FOUND",
                "Программа не найдена."));
    }

    private static void requireVersion(Programme programme, Integer version) {
        if (version == null) {
            throw ProblemException.invalid(List.of(new FieldError("version", "укажите версию программы, которую вы меняете")));
        }
        if (version != programme.version()) {
            throw changedConcurrently();
        }
    }

    private static void requireOpen(Programme programme) {
        if (programme.state() == ProgrammeState.COMPLETED) {
            throw ProblemException.conflict("PROGRAMME_COMPLETED", "Программа завершена и больше не меняется.");
        }
    }

    private static ProblemException changedConcurrently() {
        return ProblemException.conflict("PROGRAMME_CHANGED_CONCURRENTLY",
                "Программу только что изменил кто-то другой. Обновите страницу и повторите изменение.");
    }

    private static List<String> goals(List<String> input, List<FieldError> errors) {
        List<String> goals = new ArrayList<>();
        if (input == null) {
            return goals;
        }
        if (input.size() > MAX_GOALS) {
            errors.add(new FieldError("goals", "не больше " + MAX_GOALS + " целей"));
        }
        for (int i = 0; i < input.size(); i++) {
            String goal = text(input.get(i), "goals[" + i + "]", MAX_TEXT, true, errors);
            if (goal != null) {
                goals.add(goal);
            }
        }
        return goals;
    }

    private List<PlanTask> tasks(List<TaskInput> input, List<PlanTask> existing, Pair pair, List<FieldError> errors) {
        List<PlanTask> tasks = new ArrayList<>();
        if (input == null) {
            return tasks;
        }
        if (input.size() > MAX_TASKS) {
            errors.add(new FieldError("tasks", "не больше " + MAX_TASKS + " задач"));
        }
        Map<UUID, PlanTask> known = new HashMap<>();
        existing.forEach(t -> known.put(t.id(), t));
        for (int i = 0; i < input.size(); i++) {
            TaskInput in = input.get(i);
            String prefix = "tasks[" + i + "].";
            String title = text(in.title(), prefix + "title", 500, true, errors);
            String expected = text(in.expectedResult(), prefix + "expectedResult", MAX_TEXT, true, errors);
            LocalDate deadline = date(in.deadline(), prefix + "deadline", errors);
            if (deadline != null && (deadline.isBefore(pair.startsOn()) || deadline.isAfter(pair.endsOn()))) {
                errors.add(new FieldError(prefix + "deadline", "срок должен быть в пределах программы: с " + pair.startsOn()
                        + " по " + pair.endsOn()));
                deadline = null;
            }
            PlanTask before = in.id() == null ? null : known.remove(in.id());
            if (in.id() != null && before == null) {
                errors.add(new FieldError(prefix + "id", "такой задачи нет в программе"));
            }
            if (title != null && expected != null && deadline != null) {
                tasks.add(before == null ? new PlanTask(UUID.randomUUID(), title, deadline, expected, null, null, null)
                        : new PlanTask(before.id(), title, deadline, expected, before.doneOn(), before.doneAt(), before.doneBy()));
            }
        }
        return tasks;
    }

    static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "обязательное поле"));
                return null;
            }
            return "";
        }
        if (stripped.length() > max) {
            errors.add(new FieldError(field, "не длиннее " + max + " символов"));
            return null;
        }
        return stripped;
    }

    static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "обязательное поле"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "дата в формате ГГГГ-ММ-ДД"));
            return null;
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
