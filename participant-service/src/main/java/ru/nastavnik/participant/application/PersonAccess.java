package ru.nastavnik.participant.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ru.nastavnik.participant.domain.Employment;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * Who may see or change one person: the curators of their main organization and of every organization they also
 * work in may see them; only the main organization's curator (who holds the signed consent) changes them.
 */
@Component
class PersonAccess {

    private final People people;
    private final DirectoryService directory;

    PersonAccess(People people, DirectoryService directory) {
        this.people = people;
        this.directory = directory;
    }

    Person existing(UUID id) {
        return people.person(id).orElseThrow(() -> ProblemException.notFound("PERSON_NOT_FOUND", "Человек не найден."));
    }

    Place mainPlace(Person person) {
        return directory.placeOf(person.organizationId());
    }

    /** The main place if the caller may see the person; 403 otherwise. */
    Place requireSee(Caller caller, Person person) {
        Place main = mainPlace(person);
        List<Place> places = new ArrayList<>(List.of(main));
        for (Employment employment : people.employments(person.id())) {
            places.add(directory.placeOf(employment.organizationId()));
        }
        AccessPolicy.require(places.stream().anyMatch(place -> AccessPolicy.canSeePerson(caller, place, person.id())),
                "Данные этого человека вам недоступны.");
        return main;
    }

    /** The main place if the caller may change the person; 403 otherwise. */
    Place requireManage(Caller caller, Person person) {
        Place main = mainPlace(person);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, main),
                "Изменять данные человека может куратор его основной организации.");
        return main;
    }
}
