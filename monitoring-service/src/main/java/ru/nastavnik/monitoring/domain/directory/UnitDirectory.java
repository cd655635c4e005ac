package ru.nastavnik.monitoring.domain.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ru.nastavnik.platform.security.Place;

/** The region → municipality → organization tree with names, projected from participant-service's events. */
public interface UnitDirectory {

    /** Records (or renames) an organization together with its municipality and region. */
    void organizationRegistered(UUID organizationId, String name, String type, UUID municipalityId,
            String municipalityName, UUID regionId, String regionName);

    Optional<Unit> find(UUID unitId);

    /** The units one level below: a region's municipalities, a municipality's organizations; by name. */
    List<Unit> children(UUID unitId);

    /** Where a unit sits, for access checks: an organization's full place, a municipality's or a region's. */
    Optional<Place> placeOf(UUID unitId);

    /** Forgets every unit: the first step of a rebuild from the topics. */
    void clear();
}
