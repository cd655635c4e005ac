package ru.nastavnik.events.participant;

/** The role a person is registered for in the mentoring programme of an academic year. */
public enum ProgrammeRole {
    MENTOR_CANDIDATE,
    MENTEE_CANDIDATE
}
