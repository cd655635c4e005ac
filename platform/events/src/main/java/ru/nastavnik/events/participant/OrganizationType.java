package ru.nastavnik.events.participant;

/** Kinds of educational organization that run the target model of mentoring. */
public enum OrganizationType {
    SCHOOL,
    KINDERGARTEN,
    COLLEGE,
    ADDITIONAL_EDUCATION_CENTRE
}
