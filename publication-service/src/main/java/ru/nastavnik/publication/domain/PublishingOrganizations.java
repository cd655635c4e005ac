package ru.nastavnik.publication.domain;

import java.util.Optional;
import java.util.UUID;

/** Organization names kept for feeds, built from participant-service's events. */
public interface PublishingOrganizations {

    /** Inserts or replaces by organization id, so a replayed event changes nothing. */
    void save(PublishingOrganization organization);

    Optional<PublishingOrganization> of(UUID organizationId);

    /** Any known organization of the municipality: it carries the municipality's name and region. */
    Optional<PublishingOrganization> anyInMunicipality(UUID municipalityId);

    /** Any known organization of the region: it carries the region's name. */
    Optional<PublishingOrganization> anyInRegion(UUID regionId);
}
