package ru.nastavnik.events.participant;

/** What a person consented to under 152-ФЗ. */
public enum ConsentScope {
    /** Processing of personal data for the mentoring programme (required to take part and be paired). */
    PERSONAL_DATA_PROCESSING,
    /** Publication of the person's name with practices and news (optional). */
    NAME_PUBLICATION
}
