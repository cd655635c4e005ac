package ru.nastavnik.participant.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/** Registers people in organizations as mentor or mentee candidates; every read and change is audited. */
@Service
public class RegistrationService {

    private final DirectoryService directory;
    private final People people;
    private final PersonalDataAudit audit;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    public RegistrationService(DirectoryService directory, People people, PersonalDataAudit audit,
            IntegrationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Person register(Caller caller, UUID organizationId, RegisterPerson command) {
        Organization organization = directory.existingOrganization(organizationId);
        Place place = directory.placeOf(organization);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place),
                "Регистрировать людей этой организации может её куратор.");
        Person person = new Person(UUID.randomUUID(), organization.id(), command.fullName().strip(),
                blankToNull(command.position()), blankToNull(command.subject()), command.yearsOfExperience(),
                command.programmeRole(), clock.instant());
        add(person, place);
        audit.record(caller, List.of(person), place, AuditEntry.Action.CREATE);
        return person;
    }

    /** Adds a person with their id chosen by the caller (demo data) and announces them. */
    void add(Person person, Place place) {
        people.add(person);
        events.publish(new ParticipantRegistered(person.id(), place.organizationId(), place.municipalityId(),
                place.regionId(), person.fullName(), person.position(), person.subject(),
                person.yearsOfExperience(), person.programmeRole()));
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
        Person person = people.person(id).orElseThrow(() -> ProblemException.notFound("PERSON_NOT_FOUND", "Человек не найден."));
        Place place = directory.placeOf(directory.existingOrganization(person.organizationId()));
        AccessPolicy.require(AccessPolicy.canSeePerson(caller, place, person.id()), "Данные этого человека вам недоступны.");
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        return person;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
