package ru.nastavnik.publication.domain;

import java.util.UUID;

/**
 * An author of a practice. The display name is the person's own only while they consent to its publication;
 * otherwise, and forever after a withdrawal, it is «Автор» and the person id is gone.
 */
public record Author(UUID personId, String displayName) {

    public static final String PSEUDONYM = "Автор";

    public static Author of(UUID personId, String name, boolean nameConsent) {
        String shown = nameConsent && name != null && !name.isBlank() ? Texts.plain(name) : PSEUDONYM;
        return new Author(personId, shown);
    }

    public Author pseudonymized() {
        return new Author(null, PSEUDONYM);
    }
}
