package ru.nastavnik.monitoring.domain.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.events.AcademicYear;

/** Where roadmaps, their items and evidence files are kept. */
public interface Roadmaps {

    /** Stores a new roadmap; false when its owner already has one for that year. */
    boolean add(Roadmap roadmap, UnitPlace place);

    Optional<Roadmap> find(UUID roadmapId);

    Optional<Roadmap> find(UUID ownerId, AcademicYear year);

    /** Every roadmap of an owner, newest year first. */
    List<Roadmap> ofOwner(UUID ownerId);

    /**
     * Writes the changed roadmap if it is still at {@code expectedVersion}; returns it with the next version, or empty
     * when someone else changed it first.
     */
    Optional<Roadmap> update(Roadmap roadmap, int expectedVersion);

    /** Completion of the organizations' roadmaps for a year, by organization id, computed as {@link Completion#of}. */
    Map<UUID, Completion> completionOfOrganizations(Collection<UUID> organizationIds, AcademicYear year, LocalDate today);

    /** Ids of organization roadmaps of a year, for the daily recomputation of ROADMAP_ON_TIME. */
    List<UUID> organizationRoadmaps(AcademicYear year);

    void storeEvidence(UUID itemId, String fileName, String contentType, byte[] content, String uploadedBy);

    Optional<StoredEvidence> evidence(UUID itemId);

    void deleteEvidence(UUID itemId);

    /** Where the owner sits, as stored with the roadmap. */
    UnitPlace placeOf(UUID roadmapId);

    record StoredEvidence(String fileName, String contentType, byte[] content) {
    }

    /** Owner's region, municipality (null for the region) and organization (null above an organization). */
    record UnitPlace(UUID regionId, UUID municipalityId, UUID organizationId) {
    }
}
