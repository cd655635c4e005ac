package ru.nastavnik.participant.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.participant.application.DirectoryService;
import ru.nastavnik.participant.domain.Municipality;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.Region;
import ru.nastavnik.platform.security.Callers;

/** The organization directory: region → municipality → organization. */
@RestController
@RequestMapping(path = "/api/participants", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectoryController {

    private final DirectoryService directory;

    DirectoryController(DirectoryService directory) {
        this.directory = directory;
    }

    record NewRegion(@NotBlank(message = "обязательное поле") @Size(max = 200, message = "не длиннее 200 символов") String name) {
    }

    record NewMunicipality(@NotBlank(message = "обязательное поле") @Size(max = 200, message = "не длиннее 200 символов") String name) {
    }

    record NewOrganization(
            @NotBlank(message = "обязательное поле") @Size(max = 300, message = "не длиннее 300 символов") String name,
            @NotNull(message = "обязательное поле") OrganizationType type) {
    }

    record OrganizationView(UUID id, UUID municipalityId, String name, OrganizationType type) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id(), o.municipalityId(), o.name(), o.type());
        }
    }

    @PostMapping(path = "/regions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Region> registerRegion(@Valid @RequestBody NewRegion body) {
        Region region = directory.registerRegion(Callers.current(), body.name());
        return ResponseEntity.created(URI.create("/api/participants/regions/" + region.id())).body(region);
    }

    @GetMapping("/regions")
    List<Region> regions() {
        return directory.regions(Callers.current());
    }

    @GetMapping("/regions/{regionId}")
    Region region(@PathVariable UUID regionId) {
        return directory.region(Callers.current(), regionId);
    }

    @PostMapping(path = "/regions/{regionId}/municipalities", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Municipality> registerMunicipality(@PathVariable UUID regionId, @Valid @RequestBody NewMunicipality body) {
        Municipality municipality = directory.registerMunicipality(Callers.current(), regionId, body.name());
        return ResponseEntity.created(URI.create("/api/participants/municipalities/" + municipality.id())).body(municipality);
    }

    @GetMapping("/regions/{regionId}/municipalities")
    List<Municipality> municipalities(@PathVariable UUID regionId) {
        return directory.municipalitiesOf(Callers.current(), regionId);
    }

    @GetMapping("/municipalities/{municipalityId}")
    Municipality municipality(@PathVariable UUID municipalityId) {
        return directory.municipality(Callers.current(), municipalityId);
    }

    @PostMapping(path = "/municipalities/{municipalityId}/organizations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrganizationView> registerOrganization(@PathVariable UUID municipalityId,
            @Valid @RequestBody NewOrganization body) {
        Organization organization = directory.registerOrganization(Callers.current(), municipalityId, body.name(), body.type());
        return ResponseEntity.created(URI.create("/api/participants/organizations/" + organization.id()))
                .body(OrganizationView.of(organization));
    }

    @GetMapping("/municipalities/{municipalityId}/organizations")
    List<OrganizationView> organizations(@PathVariable UUID municipalityId) {
        return directory.organizationsOf(Callers.current(), municipalityId).stream().map(OrganizationView::of).toList();
    }

    @GetMapping("/organizations/{organizationId}")
    OrganizationView organization(@PathVariable UUID organizationId) {
        return OrganizationView.of(directory.organization(Callers.current(), organizationId));
    }
}
