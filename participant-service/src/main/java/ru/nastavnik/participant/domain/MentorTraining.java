package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A completed training of a mentor candidate: course, provider, hours, date, certificate number. */
public record MentorTraining(UUID id, UUID personId, String courseTitle, String provider, int hours, LocalDate completedOn,
        String certificateReference, String recordedBy, Instant recordedAt) {

    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 500;
    public static final int MAX_TITLE = 300;
    public static final int MAX_CERTIFICATE = 200;

    public MentorTraining {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (hours < MIN_HOURS || hours > MAX_HOURS) {
            throw new IllegalArgumentException("hours out of range");
        }
    }
}
