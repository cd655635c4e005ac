package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.participant.ProgrammeRole;

/** A person of one organization registered for the mentoring programme. */
public record Person(UUID id, UUID organizationId, String fullName, String position, String subject,
        int yearsOfExperience, ProgrammeRole programmeRole, Instant registeredAt) {

    public static final int MAX_YEARS_OF_EXPERIENCE = 70;

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(programmeRole, "programmeRole");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (yearsOfExperience < 0 || yearsOfExperience > MAX_YEARS_OF_EXPERIENCE) {
            throw new IllegalArgumentException("yearsOfExperience out of range");
        }
    }
}
