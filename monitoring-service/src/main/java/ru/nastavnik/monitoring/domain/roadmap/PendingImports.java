package ru.nastavnik.monitoring.domain.roadmap;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;

/** Files uploaded for import and previewed, kept until the curator confirms (or a day passes). */
public interface PendingImports {

    void add(PendingImport upload);

    Optional<PendingImport> find(UUID importId);

    void remove(UUID importId);

    /** Forgets uploads older than {@code before}. */
    int removeOlderThan(Instant before);

    record PendingImport(UUID id, OwnerLevel ownerLevel, UUID ownerId, AcademicYear year, String fileName,
            byte[] content, String uploadedBy, Instant uploadedAt) {
    }
}
