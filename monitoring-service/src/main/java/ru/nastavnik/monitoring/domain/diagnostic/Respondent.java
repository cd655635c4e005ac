package ru.nastavnik.monitoring.domain.diagnostic;

/** Who answers a form: a mentor, a mentee, or the organization's curator (about a pair). */
public enum Respondent {
    MENTOR, MENTEE, CURATOR
}
