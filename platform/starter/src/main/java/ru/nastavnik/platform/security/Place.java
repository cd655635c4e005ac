package ru.nastavnik.platform.security;

import java.util.UUID;

/**
 * Where a piece of data belongs in region → municipality → organization. Lower levels may be null for
 * data that belongs to a municipality or the region as a whole.
 */
public record Place(UUID regionId, UUID municipalityId, UUID organizationId) {

    public static Place region(UUID regionId) {
        return new Place(regionId, null, null);
    }

    public static Place municipality(UUID regionId, UUID municipalityId) {
        return new Place(regionId, municipalityId, null);
    }
}
