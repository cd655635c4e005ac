package ru.nastavnik.demo;

/** Roles of the {@code roles} claim (ARCHITECTURE.md, identity and access). */
public enum Role {
    REGION_ADMIN,
    MUNICIPAL_CURATOR,
    SCHOOL_CURATOR,
    MENTOR,
    MENTEE
}
