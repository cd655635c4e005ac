package ru.nastavnik.publication.domain;

import java.time.Instant;

/** A line of a practice's moderation history; the comment explains a return. The actor is a level, not a person. */
public record ModerationStep(ModerationAction action, PracticeStatus from, PracticeStatus to, BankLevel actor,
        String comment, Instant at) {
}
