package ru.nastavnik.participant.domain;

import java.util.List;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;

/** What a curator enters or a staff list holds about a person: already validated and trimmed. */
public record PersonDetails(String fullName, String position, List<String> subjects,
        QualificationCategory qualificationCategory, int yearsOfExperience, String email, String phone,
        ProgrammeRole programmeRole) {

    public PersonDetails {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }
}
