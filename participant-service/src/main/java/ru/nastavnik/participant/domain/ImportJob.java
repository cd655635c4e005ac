package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One real run of a staff-list import into an organization: which file (by name and SHA-256), who started it,
 * how far it got ({@code rowsProcessed} of {@code rowsTotal}) and what it did.
 */
public record ImportJob(UUID id, UUID organizationId, String fileName, String sha256, Status status, int rowsTotal,
        int rowsProcessed, int created, int updated, int unchanged, String failure, Instant startedAt,
        Instant finishedAt, String startedBy) {

    public enum Status {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(startedBy, "startedBy");
    }

    public static ImportJob started(UUID id, UUID organizationId, String fileName, String sha256, int rowsTotal,
            Instant startedAt, String startedBy) {
        return new ImportJob(id, organizationId, fileName, sha256, Status.RUNNING, rowsTotal, 0, 0, 0, 0, null,
                startedAt, null, startedBy);
    }
}
