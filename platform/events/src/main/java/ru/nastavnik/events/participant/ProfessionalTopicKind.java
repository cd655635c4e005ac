package ru.nastavnik.events.participant;

/** A mentee's professional request (профессиональный запрос) or a mentor's competency. */
public enum ProfessionalTopicKind {
    REQUEST,
    COMPETENCY
}
