package ru.nastavnik.participant.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.participant.domain.Directory;
import ru.nastavnik.participant.domain.Municipality;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;

/** Registers people in organizations as mentor or mentee candidates. */
@Service
public class RegistrationService {

    private final Directory directory;
    private final People people;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    public RegistrationService(Directory directory, People people, IntegrationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Person register(UUID organizationId, RegisterPerson command) {
        Organization organization = organization(organizationId);
        Municipality municipality = directory.municipality(organization.municipalityId()).orElseThrow();
        Person person = new Person(UUID.randomUUID(), organization.id(), command.fullName().strip(),
                blankToNull(command.position()), blankToNull(command.subject()), command.yearsOfExperience(),
                command.programmeRole(), clock.instant());
        people.add(person);
        events.publish(new ParticipantRegistered(person.id(), organization.id(), municipality.id(),
                municipality.regionId(), person.fullName(), person.position(), person.subject(),
                person.yearsOfExperience(), person.programmeRole()));
        return person;
    }

    @Transactional(readOnly = true)
    public List<Person> peopleOf(UUID organizationId) {
        return people.ofOrganization(organization(organizationId).id());
    }

    @Transactional(readOnly = true)
    public Person person(UUID id) {
        return people.person(id).orElseThrow(() -> ProblemException.notFound("PERSON_NOT_FOUND", "Человек не найден."));
    }

    private Organization organization(UUID id) {
        return directory.organization(id).orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_FOUND",
                "Организация не найдена."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
