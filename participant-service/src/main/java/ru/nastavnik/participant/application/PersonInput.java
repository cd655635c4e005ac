package ru.nastavnik.participant.application;

import java.util.List;

/**
 * A person as typed into the portal or read from a staff-list row: every field is text, any may be missing or
 * wrong until {@link PersonInputValidator} has checked it. Categories and roles may be codes or Russian words.
 */
public record PersonInput(String fullName, String position, List<String> subjects, String qualificationCategory,
        String yearsOfExperience, String email, String phone, String programmeRole) {
}
