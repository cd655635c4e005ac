package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One recording of an organization's teaching staff count in an academic year. */
public record TeachingStaffCount(UUID id, UUID organizationId, String academicYear, int teachingStaff, String recordedBy,
        Instant recordedAt) {

    public static final int MAX = 100_000;

    public TeachingStaffCount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
