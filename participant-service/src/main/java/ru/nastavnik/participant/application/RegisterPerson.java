package ru.nastavnik.participant.application;

import ru.nastavnik.events.participant.ProgrammeRole;

/** What a curator enters to register a person in their organization. */
public record RegisterPerson(String fullName, String position, String subject, int yearsOfExperience,
        ProgrammeRole programmeRole) {
}
