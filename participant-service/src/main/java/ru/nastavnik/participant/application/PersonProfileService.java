package ru.nastavnik.participant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.Employment;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.RoleInYear;
import ru.nastavnik.participant.domain.StatusChange;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * A person's card and its changes: details (with optimistic locking), status in the programme, the role of each
 * academic year, and further organizations the person works in. Every change is audited and announced.
 */
@Service
public class PersonProfileService {

    /** The card: the person, where else they work (with names), and their roles over the years. */
    public record PersonCard(Person person, List<WorkPlace> otherOrganizations, List<RoleInYear> roles,
            List<ParticipantStatus> nextStatuses) {
    }

    public record WorkPlace(UUID organizationId, String organizationName, String position, LocalDate since) {
    }

    private final DirectoryService directory;
    private final People people;
    private final PersonAccess access;
    private final PersonalDataAudit audit;
    private final ParticipantAnnouncements announcements;
    private final Clock clock;

    public PersonProfileService(DirectoryService directory, People people, PersonAccess access, PersonalDataAudit audit,
            ParticipantAnnouncements announcements, Clock clock) {
        this.directory = directory;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Transactional
    public PersonCard card(Caller caller, UUID id) {
        Person person = access.existing(id);
        Place place = access.requireSee(caller, person);
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        return cardOf(person);
    }

    @Transactional
    public PersonCard update(Caller caller, UUID id, PersonInput input, Integer expectedVersion) {
        Person person = access.existing(id);
        Place place = access.requireManage(caller, person);
        if (expectedVersion == null) {
            throw ProblemException.invalid(List.of(new FieldError("version", "обязательное поле: версия карточки, которую вы правили")));
        }
        PersonInputValidator.Result checked = PersonInputValidator.validate(input);
        if (!checked.valid()) {
            throw ProblemException.invalid(checked.errors());
        }
        people.sameAs(person.organizationId(), checked.details().fullName(), checked.details().email())
                .filter(other -> !other.id().equals(person.id()))
                .ifPresent(other -> {
                    throw ProblemException.conflict("PERSON_DUPLICATE", "Такие ФИО или адрес почты уже есть у другого человека в банке.");
                });
        Person edited = person.with(checked.details()).atVersion(expectedVersion);
        Person saved = save(edited, place);
        if (saved.programmeRole() != person.programmeRole()) {
            people.recordRole(person.id(), new RoleInYear(currentYear(), saved.programmeRole()));
        }
        audit.record(caller, List.of(saved), place, AuditEntry.Action.UPDATE);
        return cardOf(saved);
    }

    @Transactional
    public PersonCard changeStatus(Caller caller, UUID id, String statusName, String reason, Integer expectedVersion) {
        Person person = access.existing(id);
        Place place = access.requireManage(caller, person);
        ParticipantStatus status = parse(ParticipantStatus.class, statusName, "status",
                "статус: CANDIDATE, ACTIVE, IN_PAIR, COMPLETED или LEFT");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw ProblemException.invalid(List.of(new FieldError("reason", "не длиннее 500 символов")));
        }
        if (StatusChange.needsReason(status) && why == null) {
            throw ProblemException.invalid(List.of(new FieldError("reason", "укажите причину выбытия")));
        }
        if (!StatusChange.allowed(person.status(), status)) {
            throw ProblemException.conflict("STATUS_TRANSITION_NOT_ALLOWED", "Из статуса «" + person.status().name()
                    + "» нельзя перейти в «" + status.name() + "»; допустимы: " + StatusChange.next(person.status()) + ".");
        }
        int version = expectedVersion == null ? person.version() : expectedVersion;
        Person changed = person.withStatus(status, why).atVersion(version);
        Person saved = save(changed, place);
        audit.record(caller, List.of(saved), place, AuditEntry.Action.UPDATE);
        return cardOf(saved);
    }

    @Transactional
    public PersonCard recordRole(Caller caller, UUID id, String academicYearText, String roleName) {
        Person person = access.existing(id);
        Place place = access.requireManage(caller, person);
        AcademicYear year = AcademicYear.parse(academicYearText).orElseThrow(() -> ProblemException.invalid(List.of(
                new FieldError("academicYear", "учебный год вида 2025/2026"))));
        AcademicYear current = currentYear();
        if (year.startYear() < 2000 || year.compareTo(new AcademicYear(current.startYear() + 1)) > 0) {
            throw ProblemException.invalid(List.of(new FieldError("academicYear",
                    "от 2000/2001 до " + new AcademicYear(current.startYear() + 1))));
        }
        ProgrammeRole role = parse(ProgrammeRole.class, roleName, "programmeRole", "роль: MENTOR_CANDIDATE или MENTEE_CANDIDATE");
        people.recordRole(person.id(), new RoleInYear(year, role));
        Person saved = person;
        if (year.equals(current) && role != person.programmeRole()) {
            saved = save(person.withProgrammeRole(role), place);
        }
        audit.record(caller, List.of(saved), place, AuditEntry.Action.UPDATE);
        return cardOf(saved);
    }

    @Transactional
    public PersonCard employ(Caller caller, UUID id, UUID organizationId, String position, String sinceText) {
        Person person = access.existing(id);
        Place place = access.requireManage(caller, person);
        if (organizationId == null) {
            throw ProblemException.invalid(List.of(new FieldError("organizationId", "обязательное поле")));
        }
        Organization other = directory.existingOrganization(organizationId);
        Place otherPlace = directory.placeOf(other);
        if (!otherPlace.regionId().equals(place.regionId())) {
            throw ProblemException.unprocessable("EMPLOYMENT_OTHER_REGION", "Вторая организация должна быть в том же регионе.");
        }
        if (other.id().equals(person.organizationId())) {
            throw ProblemException.conflict("EMPLOYMENT_MAIN_ORGANIZATION", "Это основная организация человека.");
        }
        String cleanPosition = position == null || position.isBlank() ? null : position.strip();
        if (cleanPosition != null && cleanPosition.length() > PersonInputValidator.MAX_TEXT) {
            throw ProblemException.invalid(List.of(new FieldError("position", "не длиннее 200 символов")));
        }
        LocalDate since = null;
        if (sinceText != null && !sinceText.isBlank()) {
            try {
                since = LocalDate.parse(sinceText.strip());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(List.of(new FieldError("since", "дата в формате ГГГГ-ММ-ДД")));
            }
            if (PastDates.isFuture(since, clock) || since.getYear() < 1950) {
                throw ProblemException.invalid(List.of(new FieldError("since", "дата не в будущем и не раньше 1950 года")));
            }
        }
        people.employ(person.id(), new Employment(other.id(), cleanPosition, since));
        announcements.changed(person, place);
        audit.record(caller, List.of(person), place, AuditEntry.Action.UPDATE);
        return cardOf(person);
    }

    @Transactional
    public PersonCard dismiss(Caller caller, UUID id, UUID organizationId) {
        Person person = access.existing(id);
        Place place = access.requireManage(caller, person);
        if (!people.dismiss(person.id(), organizationId)) {
            throw ProblemException.notFound("EMPLOYMENT_NOT_FOUND", "Человек не числится в этой организации по совместительству.");
        }
        announcements.changed(person, place);
        audit.record(caller, List.of(person), place, AuditEntry.Action.UPDATE);
        return cardOf(person);
    }

    /** Saves with the optimistic check and announces the new state; 409 when someone saved in between. */
    Person save(Person person, Place place) {
        if (!people.update(person)) {
            throw ProblemException.conflict("PERSON_CHANGED_CONCURRENTLY",
                    "Карточку уже изменил другой пользователь; обновите страницу и внесите правку заново.");
        }
        Person saved = people.person(person.id()).orElseThrow();
        announcements.changed(saved, place);
        return saved;
    }

    private PersonCard cardOf(Person person) {
        List<WorkPlace> others = people.employments(person.id()).stream()
                .map(e -> new WorkPlace(e.organizationId(), directory.existingOrganization(e.organizationId()).name(),
                        e.position(), e.since()))
                .toList();
        return new PersonCard(person, others, people.roles(person.id()),
                List.copyOf(StatusChange.next(person.status())));
    }

    private AcademicYear currentYear() {
        return AcademicYear.of(LocalDate.now(clock));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field, String hint) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid(List.of(new FieldError(field, "обязательное поле")));
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new FieldError(field, hint)));
        }
    }
}
