package ru.nastavnik.publication.domain;

import java.util.UUID;

/** An organization whose name and place the public feeds will show. Public information, no personal data. */
public record PublishingOrganization(UUID organizationId, String name, UUID municipalityId, String municipalityName,
        UUID regionId, String regionName) {
}
