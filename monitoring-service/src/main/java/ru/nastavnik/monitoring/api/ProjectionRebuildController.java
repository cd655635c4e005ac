package ru.nastavnik.monitoring.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.monitoring.application.ProjectionRebuild;
import ru.nastavnik.monitoring.application.ProjectionRebuild.Status;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Callers;
import ru.nastavnik.platform.security.Role;

/**
 * Rebuilding monitoring's projections from the topics (`./nastavnik rebuild-monitoring`): the regional institute's
 * operation, since it rewrites every organization's figures at once.
 */
@RestController
@RequestMapping(path = "/api/monitoring/projections/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectionRebuildController {

    private final ProjectionRebuild rebuild;

    ProjectionRebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Status start() {
        requireRegionAdmin();
        return rebuild.start();
    }

    @GetMapping
    Status progress() {
        requireRegionAdmin();
        return rebuild.status();
    }

    private static void requireRegionAdmin() {
        AccessPolicy.require(Callers.current().has(Role.REGION_ADMIN),
                "Перестраивать показатели может только региональный администратор.");
    }
}
