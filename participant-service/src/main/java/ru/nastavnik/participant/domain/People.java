package ru.nastavnik.participant.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** The banks of mentors and mentees: people registered in organizations. */
public interface People {

    void add(Person person);

    Optional<Person> person(UUID id);

    /** Saves the person's details and status if {@code person.version()} is still the stored one; bumps it. */
    boolean update(Person person);

    /** The people whose main organization this is, and those who also work there. */
    List<Person> ofOrganization(UUID organizationId);

    /** A person of the organization with the same normalized name, or anyone with the same e-mail. */
    Optional<Person> sameAs(UUID organizationId, String fullName, String email);

    BankPage search(BankQuery query);

    long countOfOrganization(UUID organizationId);

    long countOfOrganization(UUID organizationId, ProgrammeRole programmeRole);

    List<Employment> employments(UUID personId);

    void employ(UUID personId, Employment employment);

    boolean dismiss(UUID personId, UUID organizationId);

    List<RoleInYear> roles(UUID personId);

    void recordRole(UUID personId, RoleInYear role);

    /** Replaces the name with a placeholder and clears every other personal field; the row stays for counts. */
    void anonymize(UUID id, String placeholderName);

    /** Removes relayed integration events about the person from the outbox. */
    void forgetPublishedEvents(UUID id);
}
