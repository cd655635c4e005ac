package ru.nastavnik.publication.domain;

import java.util.Optional;
import java.util.UUID;

/** Organization names kept for feeds, built from participant-service's events. */
public interface PublishingOrganizations {

    /** Inserts or replaces by organization id, so a replayed event changes nothing. */
    void save(PublishingOrganization organization);

    Optional<PublishingOrganization> of(UUID organizationId);
}
