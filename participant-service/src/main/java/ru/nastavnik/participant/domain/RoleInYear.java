package ru.nastavnik.participant.domain;

import ru.nastavnik.events.AcademicYear;
import java.util.Objects;

import ru.nastavnik.events.participant.ProgrammeRole;

/** The programme role of a person in one academic year. */
public record RoleInYear(AcademicYear academicYear, ProgrammeRole programmeRole) {

    public RoleInYear {
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(programmeRole, "programmeRole");
    }
}
