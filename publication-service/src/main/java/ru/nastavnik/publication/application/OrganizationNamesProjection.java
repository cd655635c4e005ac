package ru.nastavnik.publication.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.publication.domain.PublishingOrganization;
import ru.nastavnik.publication.domain.PublishingOrganizations;

/** Keeps organization names for the public feeds; ignores people entirely. */
@Service
public class OrganizationNamesProjection {

    private final PublishingOrganizations organizations;

    public OrganizationNamesProjection(PublishingOrganizations organizations) {
        this.organizations = organizations;
    }

    public void apply(IntegrationEvent event) {
        if (event instanceof OrganizationRegistered o) {
            organizations.save(new PublishingOrganization(o.organizationId(), o.name(), o.municipalityId(),
                    o.municipalityName(), o.regionId(), o.regionName()));
        }
    }

    public Optional<PublishingOrganization> of(UUID organizationId) {
        return organizations.of(organizationId);
    }
}
