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

import ru.nastavnik.participant.application.ConsentService;
import ru.nastavnik.participant.domain.Consent;
import ru.nastavnik.platform.security.Callers;

/** A person's written consents (152-ФЗ) and their withdrawal. */
@RestController
@RequestMapping(path = "/api/participants/people/{personId}/consents", produces = MediaType.APPLICATION_JSON_VALUE)
class ConsentController {

    private final ConsentService consents;

    ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    /** Scope and dates are text so that a wrong value gets a per-field Russian message. */
    record NewConsent(String scope, String grantedOn, String documentReference) {
    }

    record Withdrawal(String withdrawnOn) {
    }

    @GetMapping
    List<Consent> consents(@PathVariable UUID personId) {
        return consents.of(Callers.current(), personId);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Consent> grant(@PathVariable UUID personId, @RequestBody NewConsent body) {
        Consent consent = consents.grant(Callers.current(), personId, body.scope(), body.grantedOn(), body.documentReference());
        return ResponseEntity.created(URI.create("/api/participants/people/" + personId + "/consents/" + consent.scope()))
                .body(consent);
    }

    @PostMapping(path = "/{scope}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    Consent withdraw(@PathVariable UUID personId, @PathVariable String scope, @RequestBody Withdrawal body) {
        return consents.withdraw(Callers.current(), personId, scope, body.withdrawnOn());
    }
}
