package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;

/**
 * A person of the banks of mentors and mentees. {@code organizationId} is the main organization, whose curator
 * keeps the data; further organizations the person works in are {@link Employment}s. {@code programmeRole} is the
 * role of the current academic year (the history is {@link RoleInYear}). {@code version} guards concurrent edits.
 */
public record Person(UUID id, UUID organizationId, String fullName, String position, List<String> subjects,
        QualificationCategory qualificationCategory, int yearsOfExperience, String email, String phone,
        ProgrammeRole programmeRole, ParticipantStatus status, String statusReason, Instant registeredAt, int version) {

    public static final int MAX_YEARS_OF_EXPERIENCE = 70;

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(programmeRole, "programmeRole");
        Objects.requireNonNull(registeredAt, "registeredAt");
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        qualificationCategory = qualificationCategory == null ? QualificationCategory.NONE : qualificationCategory;
        status = status == null ? ParticipantStatus.CANDIDATE : status;
        if (yearsOfExperience < 0 || yearsOfExperience > MAX_YEARS_OF_EXPERIENCE) {
            throw new IllegalArgumentException("yearsOfExperience out of range");
        }
    }

    /** A new candidate in the bank. */
    public static Person candidate(UUID id, UUID organizationId, PersonDetails details, Instant registeredAt) {
        return new Person(id, organizationId, details.fullName(), details.position(), details.subjects(),
                details.qualificationCategory(), details.yearsOfExperience(), details.email(), details.phone(),
                details.programmeRole(), ParticipantStatus.CANDIDATE, null, registeredAt, 0);
    }

    /** The same person with edited details (status, registration and id stay). */
    public Person with(PersonDetails details) {
        return new Person(id, organizationId, details.fullName(), details.position(), details.subjects(),
                details.qualificationCategory(), details.yearsOfExperience(), details.email(), details.phone(),
                details.programmeRole(), status, statusReason, registeredAt, version);
    }

    public Person withStatus(ParticipantStatus newStatus, String reason) {
        return new Person(id, organizationId, fullName, position, subjects, qualificationCategory, yearsOfExperience,
                email, phone, programmeRole, newStatus, reason, registeredAt, version);
    }

    public Person withProgrammeRole(ProgrammeRole role) {
        return new Person(id, organizationId, fullName, position, subjects, qualificationCategory, yearsOfExperience,
                email, phone, role, status, statusReason, registeredAt, version);
    }

    /** The same person as the editor saw it: the version their change is based on. */
    public Person atVersion(int expected) {
        return new Person(id, organizationId, fullName, position, subjects, qualificationCategory, yearsOfExperience,
                email, phone, programmeRole, status, statusReason, registeredAt, expected);
    }

    public PersonDetails details() {
        return new PersonDetails(fullName, position, subjects, qualificationCategory, yearsOfExperience, email, phone,
                programmeRole);
    }

    /** The key that finds the same person again: lower case, «ё» as «е», single spaces. */
    public String normalizedName() {
        return PersonName.normalize(fullName);
    }
}
