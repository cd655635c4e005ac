package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** The people registered in organizations. */
public interface People {

    void add(Person person);

    Optional<Person> person(UUID id);

    List<Person> ofOrganization(UUID organizationId);

    long countOfOrganization(UUID organizationId);

    long countOfOrganization(UUID organizationId, ProgrammeRole programmeRole);
}
