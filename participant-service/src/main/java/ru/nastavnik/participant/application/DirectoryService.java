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
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;

/**
 * Registers regions, municipalities and organizations and shows each caller the part of the directory
 * their role reaches; announces each organization to the platform.
 */
@Service
public class DirectoryService {

    private final Directory directory;
    private final IntegrationEventPublisher events;

    public DirectoryService(Directory directory, IntegrationEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    public Region registerRegion(Caller caller, String name) {
        AccessPolicy.require(caller.has(Role.REGION_ADMIN), "Регионы регистрирует только региональный институт.");
        String clean = name.strip();
        if (directory.regionNamed(clean)) {
            throw ProblemException.conflict("REGION_EXISTS", "Регион «" + clean + "» уже зарегистрирован.");
        }
        Region region = new Region(UUID.randomUUID(), clean);
        directory.add(region);
        return region;
    }

    @Transactional
    public Municipality registerMunicipality(Caller caller, UUID regionId, String name) {
        Region region = existingRegion(regionId);
        AccessPolicy.require(AccessPolicy.canManageDirectory(caller, Place.region(region.id())),
                "Муниципалитеты региона регистрирует региональный институт.");
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
    public Organization registerOrganization(Caller caller, UUID municipalityId, String name, OrganizationType type) {
        Municipality municipality = existingMunicipality(municipalityId);
        AccessPolicy.require(AccessPolicy.canManageDirectory(caller, Place.municipality(municipality.regionId(), municipality.id())),
                "Организации муниципалитета регистрируют его куратор и региональный институт.");
        String clean = name.strip();
        if (directory.organizationNamed(municipality.id(), clean)) {
            throw ProblemException.conflict("ORGANIZATION_EXISTS",
                    "Организация «" + clean + "» уже есть в муниципалитете «" + municipality.name() + "».");
        }
        Organization organization = new Organization(UUID.randomUUID(), municipality.id(), clean, type);
        add(organization, municipality);
        return organization;
    }

    /** Adds an organization with its id chosen by the caller (demo data) and announces it. */
    void add(Organization organization, Municipality municipality) {
        directory.add(organization);
        Region region = existingRegion(municipality.regionId());
        events.publish(new OrganizationRegistered(organization.id(), organization.name(), organization.type(),
                municipality.id(), municipality.name(), region.id(), region.name()));
    }

    @Transactional(readOnly = true)
    public List<Region> regions(Caller caller) {
        return directory.regions().stream().filter(r -> r.id().equals(caller.regionId())).toList();
    }

    @Transactional(readOnly = true)
    public Region region(Caller caller, UUID id) {
        Region region = existingRegion(id);
        AccessPolicy.require(region.id().equals(caller.regionId()), "Этот регион вам недоступен.");
        return region;
    }

    @Transactional(readOnly = true)
    public List<Municipality> municipalitiesOf(Caller caller, UUID regionId) {
        Region region = region(caller, regionId);
        return directory.municipalitiesOf(region.id()).stream()
                .filter(m -> AccessPolicy.canBrowseMunicipality(caller, Place.municipality(m.regionId(), m.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Municipality municipality(Caller caller, UUID id) {
        Municipality municipality = existingMunicipality(id);
        AccessPolicy.require(AccessPolicy.canBrowseMunicipality(caller, Place.municipality(municipality.regionId(), municipality.id())),
                "Этот муниципалитет вам недоступен.");
        return municipality;
    }

    @Transactional(readOnly = true)
    public List<Organization> organizationsOf(Caller caller, UUID municipalityId) {
        Municipality municipality = municipality(caller, municipalityId);
        return directory.organizationsOf(municipality.id()).stream()
                .filter(o -> AccessPolicy.canSee(caller, new Place(municipality.regionId(), municipality.id(), o.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Organization organization(Caller caller, UUID id) {
        Organization organization = existingOrganization(id);
        AccessPolicy.require(AccessPolicy.canSee(caller, placeOf(organization)), "Эта организация вам недоступна.");
        return organization;
    }

    Place placeOf(UUID organizationId) {
        return placeOf(existingOrganization(organizationId));
    }

    Place placeOf(Organization organization) {
        Municipality municipality = existingMunicipality(organization.municipalityId());
        return new Place(municipality.regionId(), municipality.id(), organization.id());
    }

    Organization existingOrganization(UUID id) {
        return directory.organization(id).orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_FOUND",
                "Организация не найдена."));
    }

    Municipality existingMunicipality(UUID id) {
        return directory.municipality(id).orElseThrow(() -> ProblemException.notFound("MUNICIPALITY_NOT_FOUND",
                "Муниципалитет не найден."));
    }

    Region existingRegion(UUID id) {
        return directory.region(id).orElseThrow(() -> ProblemException.notFound("REGION_NOT_FOUND",
                "Регион не найден."));
    }
}
