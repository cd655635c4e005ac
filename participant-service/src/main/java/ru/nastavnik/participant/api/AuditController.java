package ru.nastavnik.participant.api;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.participant.application.PersonalDataAudit;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.platform.security.Callers;

/** The trail of personal-data access: by organization for its curator, by region for the regional institute. */
@RestController
@RequestMapping(path = "/api/participants/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {

    private final PersonalDataAudit audit;

    AuditController(PersonalDataAudit audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEntry> entries(@RequestParam(required = false) UUID organizationId) {
        return organizationId == null
                ? audit.ofRegion(Callers.current())
                : audit.ofOrganization(Callers.current(), organizationId);
    }
}
