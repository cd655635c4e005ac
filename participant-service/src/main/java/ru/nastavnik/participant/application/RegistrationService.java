package ru.nastavnik.participant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonDetails;
import ru.nastavnik.participant.domain.RoleInYear;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/** Registers people in organizations as mentor or mentee candidates; every read and change is audited. */
@Service
public class RegistrationService {

    private final DirectoryService directory;
    private final People people;
    private final PersonAccess access;
    private final PersonalDataAudit audit;
    private final ParticipantAnnouncements announcements;
    private final Clock clock;

    public RegistrationService(DirectoryService directory, People people, PersonAccess access, PersonalDataAudit audit,
            ParticipantAnnouncements announcements, Clock clock) {
        this.directory = directory;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Transactional
    public Person register(Caller caller, UUID organizationId, PersonInput input) {
        Organization organization = directory.existingOrganization(organizationId);
        Place place = directory.placeOf(organization);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place),
                "Регистрировать людей этой организации может её куратор.");
        PersonInputValidator.Result checked = PersonInputValidator.validate(input);
        if (!checked.valid()) {
            throw ProblemException.invalid(checked.errors());
        }
        requireNew(organization.id(), checked.details());
        Person person = Person.candidate(UUID.randomUUID(), organization.id(), checked.details(), clock.instant());
        add(person, place);
        audit.record(caller, List.of(person), place, AuditEntry.Action.CREATE);
        return person;
    }

    /** 409 when the organization already has a person of this name, or anyone has this e-mail. */
    void requireNew(UUID organizationId, PersonDetails details) {
        people.sameAs(organizationId, details.fullName(), details.email()).ifPresent(existing -> {
            throw details.email() != null && details.email().equalsIgnoreCase(existing.email())
                    ? ProblemException.conflict("PERSON_DUPLICATE", "Человек с адресом " + details.email()
                            + " уже есть в банке; если он работает и здесь, добавьте ему место работы.")
                    : ProblemException.conflict("PERSON_DUPLICATE",
                            "В организации уже есть человек с такими ФИО; проверьте список участников.");
        });
    }

    /** Adds a person with their id chosen by the caller (demo data, imports) and announces them. */
    void add(Person person, Place place) {
        people.add(person);
        people.recordRole(person.id(), new RoleInYear(AcademicYear.of(LocalDate.now(clock)), person.programmeRole()));
        announcements.registered(person, place);
    }

    @Transactional
    public List<Person> peopleOf(Caller caller, UUID organizationId) {
        Organization organization = directory.existingOrganization(organizationId);
        Place place = directory.placeOf(organization);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place),
                "Список людей организации доступен её куратору и муниципальному куратору.");
        List<Person> found = people.ofOrganization(organization.id());
        audit.record(caller, found, place, AuditEntry.Action.READ);
        return found;
    }

    @Transactional
    public Person person(Caller caller, UUID id) {
        Person person = access.existing(id);
        Place place = access.requireSee(caller, person);
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        return person;
    }
}
