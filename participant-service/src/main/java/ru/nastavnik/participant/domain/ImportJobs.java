package ru.nastavnik.participant.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The record of staff-list imports and their progress. */
public interface ImportJobs {

    void add(ImportJob job);

    Optional<ImportJob> job(UUID id);

    void progress(UUID id, int rowsProcessed);

    void succeeded(UUID id, int created, int updated, int unchanged, Instant finishedAt);

    void failed(UUID id, String failure, Instant finishedAt);
}
