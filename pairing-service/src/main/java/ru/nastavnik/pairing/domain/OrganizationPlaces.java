package ru.nastavnik.pairing.domain;

import java.util.Optional;
import java.util.UUID;

/** Region and municipality of each organization pairing has heard of. */
public interface OrganizationPlaces {

    /** Inserts or replaces: replaying an event leaves the same state. */
    void save(UUID organizationId, UUID municipalityId, UUID regionId);

    /** [regionId, municipalityId] of the organization, if known. */
    Optional<UUID[]> of(UUID organizationId);
}
