package ru.nastavnik.platform.security;

/** Values of the {@code roles} claim. */
public enum Role {
    /** The regional institute: the whole region, aggregates, no personal data lists. */
    REGION_ADMIN,
    /** A municipal curator: the organizations of one municipality. */
    MUNICIPAL_CURATOR,
    /** An organization's curator: their organization(s). */
    SCHOOL_CURATOR,
    MENTOR,
    MENTEE
}
