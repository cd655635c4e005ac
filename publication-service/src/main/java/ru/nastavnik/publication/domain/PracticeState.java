package ru.nastavnik.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a practice holds, as stored; {@link Practice} guards how it changes. */
public record PracticeState(UUID id, UUID organizationId, UUID municipalityId, UUID regionId, PracticeStatus status,
        long version, PracticeContent content, List<Author> authors, List<Material> materials,
        List<ModerationStep> history, List<PracticeVersion> versions, Instant createdAt, Instant updatedAt,
        LocalDate publishedOn) {

    public PracticeState {
        authors = authors == null ? List.of() : List.copyOf(authors);
        materials = materials == null ? List.of() : List.copyOf(materials);
        history = history == null ? List.of() : List.copyOf(history);
        versions = versions == null ? List.of() : List.copyOf(versions);
    }
}
