package ru.nastavnik.publication.domain;

import java.time.Instant;

/** The content as it was at one version, kept when the next edit replaced it. */
public record PracticeVersion(long version, PracticeContent content, Instant replacedAt) {
}
