package ru.nastavnik.publication.api;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.publication.application.OrganizationNamesProjection;
import ru.nastavnik.publication.domain.PublishingOrganization;

/** Organizations as the publication context knows them. */
@RestController
@RequestMapping(path = "/api/publications", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganizationController {

    private final OrganizationNamesProjection projection;

    OrganizationController(OrganizationNamesProjection projection) {
        this.projection = projection;
    }

    @GetMapping("/organizations/{organizationId}")
    PublishingOrganization organization(@PathVariable UUID organizationId) {
        return projection.of(organizationId).orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_KNOWN",
                "Организация ещё не известна сервису публикаций."));
    }
}
