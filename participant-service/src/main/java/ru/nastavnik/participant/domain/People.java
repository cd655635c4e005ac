package ru.nastavnik.participant.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** The banks of mentors and mentees: people registered in organizations. */
public interface People {

    void add(Person person);

    /** Adds many people at once (a staff-list import), in batches. */
    void addAll(List<Person> people);

    /** Saves each person as {@link #update} does, in batches; returns the ids whose version was no longer the stored one. */
    List<UUID> updateAll(List<Person> people);

    /** The people, in any organization, with one of these e-mails (compared case-insensitively). */
    List<Person> withEmails(Collection<String> emails);

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

    /** {@link #recordRole} for many people at once. */
    void recordRoles(Map<UUID, RoleInYear> roles);

    /** Replaces the name with a placeholder and clears every other personal field; the row stays for counts. */
    void anonymize(UUID id, String placeholderName);

    /** Removes relayed integration events about the person from the outbox. */
    void forgetPublishedEvents(UUID id);
}
