package ru.nastavnik.monitoring.api;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.monitoring.application.ParticipationProjection;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Callers;
import ru.nastavnik.platform.security.Place;

/** Participation of one organization, counts only. */
@RestController
@RequestMapping(path = "/api/monitoring", produces = MediaType.APPLICATION_JSON_VALUE)
class ParticipationController {

    private final ParticipationProjection projection;

    ParticipationController(ParticipationProjection projection) {
        this.projection = projection;
    }

    record ParticipationView(UUID organizationId, String organizationName, int participants, int mentorCandidates,
            int menteeCandidates, Integer teachingStaff, String teachingStaffAcademicYear,
            BigDecimal mentorsShareOfTeachingStaff, int readyMentors) {
    }

    @GetMapping("/organizations/{organizationId}/participation")
    ParticipationView participation(@PathVariable UUID organizationId) {
        return projection.of(organizationId)
                .map(p -> {
                    AccessPolicy.require(AccessPolicy.canSee(Callers.current(),
                            new Place(p.regionId(), p.municipalityId(), p.organizationId())),
                            "Показатели этой организации вам недоступны.");
                    return p;
                })
                .map(p -> new ParticipationView(p.organizationId(), p.organizationName(), p.participants(),
                        p.mentorCandidates(), p.menteeCandidates(), p.teachingStaff(), p.teachingStaffAcademicYear(),
                        p.mentorsShareOfTeachingStaff(), p.readyMentors()))
                .orElseThrow(() -> ProblemException.notFound("ORGANIZATION_NOT_KNOWN",
                        "По этой организации ещё нет данных мониторинга."));
    }
}
