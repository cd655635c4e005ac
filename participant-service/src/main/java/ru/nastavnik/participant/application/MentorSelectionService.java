package ru.nastavnik.participant.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.MentorReadinessChanged;
import ru.nastavnik.events.participant.MentorTrainingCompleted;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.TeachingStaffCounted;
import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.MentorSelection;
import ru.nastavnik.participant.domain.MentorSelections;
import ru.nastavnik.participant.domain.MentorTraining;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.Readiness;
import ru.nastavnik.participant.domain.SelectionCriterion;
import ru.nastavnik.participant.domain.SelectionDecision;
import ru.nastavnik.participant.domain.TeachingStaffCount;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/**
 * Stage 4 of the target model: the organization's selection criteria, each mentor candidate's selection (interview,
 * criteria met, decision), their trainings and the readiness derived from both, and the teaching staff count the
 * mentors' share is measured against. The organization's curator manages; the municipal curator reads; the person
 * reads their own outcome and trainings but never the interview notes; the regional institute sees counts only.
 */
@Service
public class MentorSelectionService {

    /** The seeds' indicator: mentors are at least 5 % of the teaching staff. */
    public static final BigDecimal MENTOR_SHARE_TARGET = new BigDecimal("5.0");
    private static final int MAX_INTERVIEWER = 200;
    private static final int MAX_PROVIDER = 300;

    public record CriterionInput(String id, String text, Integer weight, Boolean required) {
    }

    public record MarkInput(String criterionId, Boolean met) {
    }

    public record SelectionInput(String interviewDate, String interviewer, String interviewNotes, List<MarkInput> criteria,
            String decision, String reason) {
    }

    public record TrainingInput(String courseTitle, String provider, Integer hours, String completedOn,
            String certificateReference) {
    }

    /** The organization's criteria; {@code defaults} when it has none and the shipped ones are offered. */
    public record Criteria(UUID organizationId, boolean defaults, List<SelectionCriterion> criteria) {
    }

    /** A selection as the caller may read it: {@code interviewNotes} is null for the person themself. */
    public record SelectionView(UUID personId, LocalDate interviewDate, String interviewer, String interviewNotes,
            List<MentorSelection.Mark> criteria, SelectionDecision decision, String reason, String updatedBy,
            boolean notesHidden) {
    }

    public record ReadinessView(UUID personId, Readiness status, boolean ready, SelectionDecision decision, long trainings,
            boolean confirmedByCurator, String confirmationReason) {
    }

    /** The figures monitoring reads: no personal data. */
    public record MentorFigures(Integer teachingStaff, String academicYear, BigDecimal mentorsShareOfTeachingStaff,
            BigDecimal mentorShareTarget, Boolean mentorShareTargetMet, long readyMentors) {
    }

    private final PersonAccess access;
    private final DirectoryService directory;
    private final People people;
    private final MentorSelections selections;
    private final PersonalDataAudit audit;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    public MentorSelectionService(DirectoryService directory, People people, MentorSelections selections,
            PersonalDataAudit audit, IntegrationEventPublisher events, Clock clock, PersonAccess access) {
        this.access = access;
        this.directory = directory;
        this.people = people;
        this.selections = selections;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- criteria ---

    @Transactional(readOnly = true)
    public Criteria criteria(Caller caller, UUID organizationId) {
        Place place = directory.placeOf(organizationId);
        AccessPolicy.require(AccessPolicy.canSee(caller, place), "Эта организация вам недоступна.");
        List<SelectionCriterion> own = selections.criteriaOf(place.organizationId());
        return own.isEmpty() ? new Criteria(place.organizationId(), true, selections.defaultCriteria())
                : new Criteria(place.organizationId(), false, own);
    }

    @Transactional
    public Criteria replaceCriteria(Caller caller, UUID organizationId, List<CriterionInput> input) {
        Place place = directory.placeOf(organizationId);
        requireManage(caller, place, "Критерии отбора наставников ведёт куратор организации.");
        List<CriterionInput> list = input == null ? List.of() : input;
        Set<UUID> known = new HashSet<>(selections.criteriaOf(place.organizationId()).stream().map(SelectionCriterion::id).toList());
        List<Problems.FieldError> violations = new ArrayList<>();
        if (list.size() > SelectionCriterion.MAX_CRITERIA) {
            violations.add(new Problems.FieldError("criteria", "не больше 30 критериев"));
        }
        Set<UUID> seenIds = new HashSet<>();
        Set<String> seenTexts = new HashSet<>();
        List<SelectionCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CriterionInput c = list.get(i);
            String at = "[" + i + "].";
            if (c == null) {
                violations.add(new Problems.FieldError("[" + i + "]", "пустой элемент"));
                continue;
            }
            boolean ok = true;
            UUID id = null;
            if (c.id() != null && !c.id().isBlank()) {
                id = uuid(c.id());
                if (id == null || !known.contains(id)) {
                    violations.add(new Problems.FieldError(at + "id", "такого критерия у организации нет"));
                    ok = false;
                } else if (!seenIds.add(id)) {
                    violations.add(new Problems.FieldError(at + "id", "критерий указан повторно"));
                    ok = false;
                }
            }
            String text = clean(c.text());
            if (text == null) {
                violations.add(new Problems.FieldError(at + "text", "обязательное поле"));
                ok = false;
            } else if (text.length() > SelectionCriterion.MAX_TEXT) {
                violations.add(new Problems.FieldError(at + "text", "не длиннее 300 символов"));
                ok = false;
            } else if (!seenTexts.add(text.toLowerCase())) {
                violations.add(new Problems.FieldError(at + "text", "такой критерий уже есть в списке"));
                ok = false;
            }
            boolean required = Boolean.TRUE.equals(c.required());
            if (c.weight() != null && (c.weight() < SelectionCriterion.MIN_WEIGHT || c.weight() > SelectionCriterion.MAX_WEIGHT)) {
                violations.add(new Problems.FieldError(at + "weight", "вес от 1 до 10"));
                ok = false;
            } else if (c.weight() == null && !required) {
                violations.add(new Problems.FieldError(at + "weight", "укажите вес от 1 до 10 или отметьте критерий как обязательный"));
                ok = false;
            }
            if (ok) {
                criteria.add(new SelectionCriterion(id == null ? UUID.randomUUID() : id, (i + 1) * 10, text,
                        required ? null : c.weight(), required));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        selections.replaceCriteria(place.organizationId(), criteria);
        return new Criteria(place.organizationId(), false, selections.criteriaOf(place.organizationId()));
    }

    // --- selection ---

    @Transactional
    public SelectionView selection(Caller caller, UUID personId) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        boolean curator = AccessPolicy.canSeePeople(caller, place);
        AccessPolicy.require(curator || person.id().equals(caller.personId()), "Данные этого человека вам недоступны.");
        Optional<MentorSelection> found = selections.selectionOf(person.id());
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        return found.map(s -> view(s, !curator)).orElse(new SelectionView(person.id(), null, null, null, List.of(),
                SelectionDecision.PENDING, null, null, !curator));
    }

    @Transactional
    public SelectionView saveSelection(Caller caller, UUID personId, SelectionInput input) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        requireManage(caller, place, "Отбор наставников ведёт куратор организации.");
        requireMentorCandidate(person);
        SelectionInput in = input == null ? new SelectionInput(null, null, null, null, null, null) : input;
        List<Problems.FieldError> violations = new ArrayList<>();
        LocalDate interviewDate = in.interviewDate() == null || in.interviewDate().isBlank() ? null
                : date(in.interviewDate(), "interviewDate", violations);
        String interviewer = clean(in.interviewer());
        if (interviewer != null && interviewer.length() > MAX_INTERVIEWER) {
            violations.add(new Problems.FieldError("interviewer", "не длиннее 200 символов"));
        }
        String notes = clean(in.interviewNotes());
        if (notes != null && notes.length() > MentorSelection.MAX_NOTES) {
            violations.add(new Problems.FieldError("interviewNotes", "не длиннее 4000 символов"));
        }
        SelectionDecision decision = null;
        if (in.decision() == null || in.decision().isBlank()) {
            violations.add(new Problems.FieldError("decision", "обязательное поле"));
        } else {
            try {
                decision = SelectionDecision.valueOf(in.decision().strip());
            } catch (IllegalArgumentException e) {
                violations.add(new Problems.FieldError("decision",
                        "неизвестное решение; допустимы SELECTED, RESERVE, REJECTED и PENDING"));
            }
        }
        String reason = clean(in.reason());
        if (reason != null && reason.length() > MentorSelection.MAX_REASON) {
            violations.add(new Problems.FieldError("reason", "не длиннее 1000 символов"));
        } else if (reason == null && decision == SelectionDecision.REJECTED) {
            violations.add(new Problems.FieldError("reason", "укажите причину отказа"));
        }
        if (decision != null && decision != SelectionDecision.PENDING && interviewDate == null
                && violations.stream().noneMatch(v -> v.field().equals("interviewDate"))) {
            violations.add(new Problems.FieldError("interviewDate", "решение принимается по итогам собеседования: укажите его дату"));
        }
        Set<UUID> known = new HashSet<>(selections.criteriaOf(place.organizationId()).stream().map(SelectionCriterion::id).toList());
        List<MarkInput> marksIn = in.criteria() == null ? List.of() : in.criteria();
        List<MentorSelection.Mark> marks = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < marksIn.size(); i++) {
            MarkInput m = marksIn.get(i);
            String at = "criteria[" + i + "].";
            if (m == null) {
                violations.add(new Problems.FieldError("criteria[" + i + "]", "пустой элемент"));
                continue;
            }
            UUID id = m.criterionId() == null ? null : uuid(m.criterionId());
            if (id == null || !known.contains(id)) {
                violations.add(new Problems.FieldError(at + "criterionId", "такого критерия у организации нет"));
            } else if (!seen.add(id)) {
                violations.add(new Problems.FieldError(at + "criterionId", "критерий указан повторно"));
            } else if (m.met() == null) {
                violations.add(new Problems.FieldError(at + "met", "обязательное поле"));
            } else {
                marks.add(new MentorSelection.Mark(id, m.met()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Optional<MentorSelection> before = selections.selectionOf(person.id());
        Readiness was = readiness(person.id(), before.orElse(null));
        MentorSelection saved = new MentorSelection(person.id(), interviewDate,
                interviewer == null && interviewDate != null ? caller.username() : interviewer, notes, marks, decision, reason,
                caller.username(), clock.instant(), before.map(MentorSelection::readinessConfirmedBy).orElse(null),
                before.map(MentorSelection::readinessConfirmedAt).orElse(null),
                before.map(MentorSelection::readinessReason).orElse(null));
        selections.saveSelection(saved);
        announceReadiness(person, place, was, saved);
        audit.record(caller, List.of(person), place, before.isPresent() ? AuditEntry.Action.UPDATE : AuditEntry.Action.CREATE);
        return view(selections.selectionOf(person.id()).orElseThrow(), false);
    }

    // --- training ---

    @Transactional
    public List<MentorTraining> trainings(Caller caller, UUID personId) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(AccessPolicy.canSeePerson(caller, place, person.id()), "Данные этого человека вам недоступны.");
        List<MentorTraining> found = selections.trainingsOf(person.id());
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        return found;
    }

    @Transactional
    public MentorTraining addTraining(Caller caller, UUID personId, TrainingInput input) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        requireManage(caller, place, "Обучение наставников записывает куратор организации.");
        requireMentorCandidate(person);
        TrainingInput in = input == null ? new TrainingInput(null, null, null, null, null) : input;
        List<Problems.FieldError> violations = new ArrayList<>();
        String title = clean(in.courseTitle());
        if (title == null) {
            violations.add(new Problems.FieldError("courseTitle", "обязательное поле"));
        } else if (title.length() > MentorTraining.MAX_TITLE) {
            violations.add(new Problems.FieldError("courseTitle", "не длиннее 300 символов"));
        }
        String provider = clean(in.provider());
        if (provider != null && provider.length() > MAX_PROVIDER) {
            violations.add(new Problems.FieldError("provider", "не длиннее 300 символов"));
        }
        if (in.hours() == null) {
            violations.add(new Problems.FieldError("hours", "обязательное поле"));
        } else if (in.hours() < MentorTraining.MIN_HOURS || in.hours() > MentorTraining.MAX_HOURS) {
            violations.add(new Problems.FieldError("hours", "от 1 до 500 часов"));
        }
        LocalDate completedOn = date(in.completedOn(), "completedOn", violations);
        String certificate = clean(in.certificateReference());
        if (certificate != null && certificate.length() > MentorTraining.MAX_CERTIFICATE) {
            violations.add(new Problems.FieldError("certificateReference", "не длиннее 200 символов"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Readiness was = readiness(person.id(), selections.selectionOf(person.id()).orElse(null));
        MentorTraining training = new MentorTraining(UUID.randomUUID(), person.id(), title, provider, in.hours(), completedOn,
                certificate, caller.username(), clock.instant());
        if (!selections.addTraining(training)) {
            throw ProblemException.conflict("TRAINING_ALREADY_RECORDED",
                    "Обучение «" + title + "» от " + completedOn + " у этого человека уже записано.");
        }
        events.publish(new MentorTrainingCompleted(person.id(), place.organizationId(), place.municipalityId(),
                place.regionId(), training.id(), training.courseTitle(), training.hours(), training.completedOn()));
        announceReadiness(person, place, was, selections.selectionOf(person.id()).orElse(null));
        audit.record(caller, List.of(person), place, AuditEntry.Action.CREATE);
        return training;
    }

    @Transactional
    public void deleteTraining(Caller caller, UUID personId, UUID trainingId, String reasonText) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        requireManage(caller, place, "Записи об обучении удаляет куратор организации.");
        String reason = clean(reasonText);
        if (reason == null) {
            throw ProblemException.invalid(List.of(new Problems.FieldError("reason", "укажите причину удаления")));
        }
        if (reason.length() > MentorSelection.MAX_REASON) {
            throw ProblemException.invalid(List.of(new Problems.FieldError("reason", "не длиннее 1000 символов")));
        }
        Readiness was = readiness(person.id(), selections.selectionOf(person.id()).orElse(null));
        if (!selections.deleteTraining(person.id(), trainingId, caller.username(), reason)) {
            throw ProblemException.notFound("TRAINING_NOT_FOUND", "Запись об обучении не найдена.");
        }
        announceReadiness(person, place, was, selections.selectionOf(person.id()).orElse(null));
        audit.record(caller, List.of(person), place, AuditEntry.Action.UPDATE);
    }

    // --- readiness ---

    @Transactional
    public ReadinessView readiness(Caller caller, UUID personId) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(AccessPolicy.canSeePerson(caller, place, person.id()), "Данные этого человека вам недоступны.");
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        MentorSelection selection = selections.selectionOf(person.id()).orElse(null);
        return readinessView(person.id(), selection, selections.trainingsOf(person.id()).size());
    }

    /** The curator confirms readiness of a selected candidate without a training record (reason required). */
    @Transactional
    public ReadinessView confirmReadiness(Caller caller, UUID personId, String reasonText) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        requireManage(caller, place, "Готовность наставника подтверждает куратор организации.");
        requireMentorCandidate(person);
        String reason = clean(reasonText);
        if (reason == null || reason.length() > MentorSelection.MAX_REASON) {
            throw ProblemException.invalid(List.of(new Problems.FieldError("reason",
                    reason == null ? "укажите основание подтверждения готовности" : "не длиннее 1000 символов")));
        }
        MentorSelection selection = selections.selectionOf(person.id()).orElse(null);
        if (selection == null || selection.decision() != SelectionDecision.SELECTED) {
            throw ProblemException.conflict("NOT_SELECTED",
                    "Подтвердить готовность можно только у отобранного наставника (решение SELECTED).");
        }
        Readiness was = readiness(person.id(), selection);
        MentorSelection confirmed = selection.withConfirmation(caller.username(), clock.instant(), reason);
        selections.saveSelection(confirmed);
        announceReadiness(person, place, was, confirmed);
        audit.record(caller, List.of(person), place, AuditEntry.Action.UPDATE);
        return readinessView(person.id(), confirmed, selections.trainingsOf(person.id()).size());
    }

    @Transactional
    public ReadinessView withdrawConfirmation(Caller caller, UUID personId) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        requireManage(caller, place, "Готовность наставника подтверждает куратор организации.");
        MentorSelection selection = selections.selectionOf(person.id()).filter(MentorSelection::readinessConfirmed)
                .orElseThrow(() -> ProblemException.conflict("NOT_CONFIRMED", "Готовность этого человека не подтверждалась."));
        Readiness was = readiness(person.id(), selection);
        MentorSelection withdrawn = selection.withConfirmation(null, null, null);
        selections.saveSelection(withdrawn);
        announceReadiness(person, place, was, withdrawn);
        audit.record(caller, List.of(person), place, AuditEntry.Action.UPDATE);
        return readinessView(person.id(), withdrawn, selections.trainingsOf(person.id()).size());
    }

    /** Every mentor candidate of the organization with readiness; ids only (names come from the people list). */
    @Transactional
    public List<ReadinessView> readinessOf(Caller caller, UUID organizationId) {
        Place place = directory.placeOf(organizationId);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place),
                "Готовность наставников организации видят её куратор и муниципальный куратор.");
        List<Person> mentors = people.ofOrganization(place.organizationId()).stream()
                .filter(p -> p.programmeRole() == ProgrammeRole.MENTOR_CANDIDATE).toList();
        Map<UUID, MentorSelection> byPerson = selections.selectionsOfOrganization(place.organizationId());
        Map<UUID, Long> trainings = selections.trainingCountsOfOrganization(place.organizationId());
        if (!mentors.isEmpty()) {
            audit.record(caller, mentors, place, AuditEntry.Action.READ);
        }
        return mentors.stream().map(p -> readinessView(p.id(), byPerson.get(p.id()), trainings.getOrDefault(p.id(), 0L))).toList();
    }

    // --- teaching staff and figures ---

    @Transactional
    public TeachingStaffCount recordTeachingStaff(Caller caller, UUID organizationId, String academicYearText, Integer count) {
        Place place = directory.placeOf(organizationId);
        requireManage(caller, place, "Численность педагогических работников записывает куратор организации.");
        List<Problems.FieldError> violations = new ArrayList<>();
        AcademicYear current = AcademicYear.of(LocalDate.now(clock));
        Optional<AcademicYear> year = academicYearText == null || academicYearText.isBlank()
                ? Optional.of(current) : AcademicYear.parse(academicYearText);
        if (year.isEmpty()) {
            violations.add(new Problems.FieldError("academicYear", "учебный год в формате 2025/2026"));
        } else if (year.get().startYear() < 2000 || year.get().startYear() > current.startYear()) {
            violations.add(new Problems.FieldError("academicYear", "не раньше 2000/2001 и не позже текущего учебного года " + current));
        }
        if (count == null) {
            violations.add(new Problems.FieldError("teachingStaff", "обязательное поле"));
        } else if (count < 1 || count > TeachingStaffCount.MAX) {
            violations.add(new Problems.FieldError("teachingStaff", "от 1 до 100000"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        TeachingStaffCount recorded = new TeachingStaffCount(UUID.randomUUID(), place.organizationId(),
                year.get().toString(), count, caller.username(), clock.instant());
        selections.recordTeachingStaff(recorded);
        events.publish(new TeachingStaffCounted(place.organizationId(), place.municipalityId(), place.regionId(),
                recorded.academicYear(), recorded.teachingStaff()));
        return recorded;
    }

    @Transactional(readOnly = true)
    public List<TeachingStaffCount> teachingStaffHistory(Caller caller, UUID organizationId) {
        Place place = directory.placeOf(organizationId);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place),
                "Историю записей численности педагогов видят куратор организации и муниципальный куратор.");
        return selections.teachingStaffHistory(place.organizationId());
    }

    /** Figures for the current academic year; the caller's access to the organization is checked by the caller. */
    @Transactional(readOnly = true)
    public MentorFigures figures(UUID organizationId, long mentors) {
        String year = AcademicYear.of(LocalDate.now(clock)).toString();
        Integer staff = selections.teachingStaff(organizationId, year).map(TeachingStaffCount::teachingStaff).orElse(null);
        BigDecimal share = staff == null ? null
                : BigDecimal.valueOf(mentors * 100).divide(BigDecimal.valueOf(staff), 1, RoundingMode.HALF_UP);
        return new MentorFigures(staff, year, share, MENTOR_SHARE_TARGET,
                share == null ? null : share.compareTo(MENTOR_SHARE_TARGET) >= 0, selections.countReady(organizationId));
    }

    // --- helpers ---

    private void announceReadiness(Person person, Place place, Readiness was, MentorSelection selection) {
        Readiness now = readiness(person.id(), selection);
        if (now != was) {
            events.publish(new MentorReadinessChanged(person.id(), place.organizationId(), place.municipalityId(),
                    place.regionId(), now.ready(), now.name()));
        }
    }

    private Readiness readiness(UUID personId, MentorSelection selection) {
        return Readiness.of(selection, selections.trainingsOf(personId).size());
    }

    private static ReadinessView readinessView(UUID personId, MentorSelection selection, long trainings) {
        Readiness status = Readiness.of(selection, trainings);
        return new ReadinessView(personId, status, status.ready(),
                selection == null ? SelectionDecision.PENDING : selection.decision(), trainings,
                selection != null && selection.readinessConfirmed(), selection == null ? null : selection.readinessReason());
    }

    private static SelectionView view(MentorSelection s, boolean hideNotes) {
        return new SelectionView(s.personId(), s.interviewDate(), s.interviewer(), hideNotes ? null : s.interviewNotes(),
                s.marks(), s.decision(), s.reason(), s.updatedBy(), hideNotes);
    }

    /** Selection and training are the organization's curator's work (the municipal curator reads). */
    private static void requireManage(Caller caller, Place place, String detail) {
        AccessPolicy.require(caller.has(Role.SCHOOL_CURATOR) && caller.actsFor(place.organizationId())
                && place.regionId().equals(caller.regionId()), detail);
    }

    private static void requireMentorCandidate(Person person) {
        if (person.programmeRole() != ProgrammeRole.MENTOR_CANDIDATE) {
            throw ProblemException.conflict("NOT_A_MENTOR_CANDIDATE",
                    "Отбор и обучение ведутся только для кандидатов в наставники.");
        }
    }

    private LocalDate date(String text, String field, List<Problems.FieldError> violations) {
        return PastDates.parse(text, field, violations, clock);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
