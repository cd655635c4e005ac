package ru.nastavnik.publication.application.feed;

/**
 * Something the public feeds show may have changed (a practice published or pseudonymized, a news item written
 * or edited): the rendered feeds are dropped. Raised by the use cases after their write succeeded.
 */
public record PublicContentChanged() {
}
