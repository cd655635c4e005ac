package ru.nastavnik.publication.api;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Callers;
import ru.nastavnik.publication.application.CandidateService;
import ru.nastavnik.publication.domain.PracticeCandidate;

/** Practice candidates suggested from completed programmes, for the school curator. */
@RestController
@RequestMapping(path = "/api/publications/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
class CandidateController {

    private final CandidateService candidates;

    CandidateController(CandidateService candidates) {
        this.candidates = candidates;
    }

    @GetMapping
    List<PracticeCandidate> suggested(@RequestParam UUID organizationId) {
        return candidates.suggested(Callers.current(), organizationId);
    }

    @PostMapping("/{programmeId}/draft")
    @ResponseStatus(HttpStatus.CREATED)
    PracticeView draft(@PathVariable UUID programmeId) {
        Caller caller = Callers.current();
        return PracticeView.of(candidates.draft(caller, programmeId), caller);
    }

    @PostMapping("/{programmeId}/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(@PathVariable UUID programmeId) {
        candidates.dismiss(Callers.current(), programmeId);
    }
}
