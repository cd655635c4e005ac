package ru.nastavnik.pairing.api;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.pairing.application.ParticipantProjection;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.platform.security.Callers;

/** The people of an organization as pairing knows them. */
@RestController
@RequestMapping(path = "/api/pairing", produces = MediaType.APPLICATION_JSON_VALUE)
class ParticipantReadModelController {

    private final ParticipantProjection projection;

    ParticipantReadModelController(ParticipantProjection projection) {
        this.projection = projection;
    }

    @GetMapping("/participants")
    List<EligibleParticipant> participants(@RequestParam UUID organizationId) {
        return projection.ofOrganization(Callers.current(), organizationId);
    }

    /** Only those who consented to the processing of their personal data (152-ФЗ): whom matching may pair. */
    @GetMapping("/candidates")
    List<EligibleParticipant> candidates(@RequestParam UUID organizationId) {
        return projection.candidatesOf(Callers.current(), organizationId);
    }
}
