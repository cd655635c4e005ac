package ru.nastavnik.pairing.api;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.pairing.application.FormPair;
import ru.nastavnik.pairing.application.MatchingService;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.matching.MatchingRound;
import ru.nastavnik.platform.security.Callers;

/** The matching workspace: run a round, read its proposals with reasons, accept or reject each. */
@RestController
@RequestMapping(path = "/api/pairing", produces = MediaType.APPLICATION_JSON_VALUE)
class MatchingController {

    private final MatchingService matching;

    MatchingController(MatchingService matching) {
        this.matching = matching;
    }

    @PostMapping(path = "/organizations/{organizationId}/matching-rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MatchingRound> run(@PathVariable UUID organizationId, @RequestBody MatchingService.RunRound body) {
        MatchingRound round = matching.run(Callers.current(), organizationId, body);
        return ResponseEntity.created(URI.create("/api/pairing/matching-rounds/" + round.id())).body(round);
    }

    @GetMapping("/matching-rounds/{roundId}")
    MatchingRound round(@PathVariable UUID roundId) {
        return matching.round(Callers.current(), roundId);
    }

    @PostMapping(path = "/matching-rounds/{roundId}/proposals/{menteeId}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Pair> accept(@PathVariable UUID roundId, @PathVariable UUID menteeId, @RequestBody FormPair body) {
        Pair pair = matching.accept(Callers.current(), roundId, menteeId, body);
        return ResponseEntity.created(URI.create("/api/pairing/pairs/" + pair.id())).body(pair);
    }

    @PostMapping("/matching-rounds/{roundId}/proposals/{menteeId}/rejection")
    ResponseEntity<Void> reject(@PathVariable UUID roundId, @PathVariable UUID menteeId) {
        matching.reject(Callers.current(), roundId, menteeId);
        return ResponseEntity.noContent().build();
    }
}
