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

    /** Replaces the person's name with a placeholder and clears position and subject; the row stays for counts. */
    void anonymize(UUID id, String placeholderName);

    /** Removes relayed integration events about the person (they carry personal data) from the outbox. */
    void forgetPublishedEvents(UUID id);

    long countOfOrganization(UUID organizationId, ProgrammeRole programmeRole);
}
