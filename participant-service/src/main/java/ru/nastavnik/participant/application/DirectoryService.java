package ru.nastavnik.participant.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.participant.domain.Directory;
import ru.nastavnik.participant.domain.Municipality;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.Region;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;

/** Registers regions, municipalities and organizations; announces each organization to the platform. */
@Service
public class DirectoryService {

    private final Directory directory;
    private final IntegrationEventPublisher events;

    public DirectoryService(Directory directory, IntegrationEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    public Region registerRegion(String name) {
        String clean = name.strip();
        if (directory.regionNamed(clean)) {
            throw ProblemException.conflict("REGION_EXISTS", "Регион «" + clean + "» уже зарегистрирован.");
        }
        Region region = new Region(UUID.randomUUID(), clean);
        directory.add(region);
        return region;
    }

    @Transactional
    public Municipality registerMunicipality(UUID regionId, String name) {
        Region region = region(regionId);
        String clean = name.strip();
        if (directory.municipalityNamed(region.id(), clean)) {
            throw ProblemException.conflict("MUNICIPALITY_EXISTS",
                    "Муниципалитет «" + clean + "» уже есть в регионе «" + region.name() + "».");
        }
        Municipality municipality = new Municipality(UUID.randomUUID(), region.id(), clean);
        directory.add(municipality);
        return municipality;
    }

    @Transactional
    public Organization registerOrganization(UUID municipalityId, String name, OrganizationType type) {
        Municipality municipality = municipality(municipalityId);
        String clean = name.strip();
        if (directory.organizationNamed(municipality.id(), clean)) {
            throw ProblemException.conflict("ORGANIZATION_EXISTS",
                    "Организация «" + clean + "» уже есть в муниципалитете «" + municipality.name() + "».");
        }
        Organization organization = new Organization(UUID.randomUUID(), municipality.id(), clean, type);
        directory.add(organization);
        Region region = region(municipality.regionId());
        events.publish(new OrganizationRegistered(organization.id(), organization.name(), organization.type(),
                municipality.id(), municipality.name(), region.id(), region.name()));
        return organization;
    }

    @Transactional(readOnly = true)
    public List<Region> regions() {
        return directory.regions();
    }

    @Transactional(readOnly = true)
    public List<Municipality> municipalitiesOf(UUID regionId) {
        return directory.municipalitiesOf(region(regionId).id());
    }

    @Transactional(readOnly = true)
    public List<Organization> organizationsOf(UUID municipalityId) {
        return directory.organizationsOf(municipality(municipalityId).id());
    }

    @Transactional(readOnly = true)
    public Organization organization(UUID id) {
        return directory.organization(id).orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_FOUND",
                "Организация не найдена."));
    }

    @Transactional(readOnly = true)
    public Municipality municipality(UUID id) {
        return directory.municipality(id).orElseThrow(() -> ProblemException.notFound("MUNICIPALITY_NOT_FOUND",
                "Муниципалитет не найден."));
    }

    @Transactional(readOnly = true)
    public Region region(UUID id) {
        return directory.region(id).orElseThrow(() -> ProblemException.notFound("REGION_NOT_FOUND",
                "Регион не найден."));
    }
}
