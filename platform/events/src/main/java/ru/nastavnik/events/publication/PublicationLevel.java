package ru.nastavnik.events.publication;

/** Where a practice was published after moderation: the organization's site, the municipal or the regional bank. */
public enum PublicationLevel {
    ORGANIZATION,
    MUNICIPALITY,
    REGION
}
