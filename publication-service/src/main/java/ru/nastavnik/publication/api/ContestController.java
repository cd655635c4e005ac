package ru.nastavnik.publication.api;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.platform.security.Callers;
import ru.nastavnik.publication.application.ContestService;
import ru.nastavnik.publication.domain.Contest;

/** Contests of best practices: announcement, entries, jury scores, winners. */
@RestController
@RequestMapping(path = "/api/publications/contests", produces = MediaType.APPLICATION_JSON_VALUE)
class ContestController {

    private final ContestService contests;

    ContestController(ContestService contests) {
        this.contests = contests;
    }

    record Announce(String name, List<String> nominations, List<String> jury) {
    }

    record Enter(UUID practiceId, UUID nominationId) {
    }

    record Rate(UUID entryId, Integer score) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Contest announce(@RequestBody Announce request) {
        return contests.announce(Callers.current(), request.name(), request.nominations(), request.jury());
    }

    @GetMapping
    List<Contest> ofRegion() {
        return contests.ofRegion(Callers.current());
    }

    @GetMapping("/{id}")
    Contest get(@PathVariable UUID id) {
        return contests.get(Callers.current(), id);
    }

    @PostMapping("/{id}/entries")
    @ResponseStatus(HttpStatus.CREATED)
    Contest enter(@PathVariable UUID id, @RequestBody Enter request) {
        return contests.enter(Callers.current(), id, request.practiceId(), request.nominationId());
    }

    @PostMapping("/{id}/judging")
    Contest startJudging(@PathVariable UUID id) {
        return contests.startJudging(Callers.current(), id);
    }

    @PostMapping("/{id}/scores")
    Contest score(@PathVariable UUID id, @RequestBody Rate request) {
        return contests.score(Callers.current(), id, request.entryId(), request.score());
    }

    @PostMapping("/{id}/close")
    Contest close(@PathVariable UUID id) {
        return contests.close(Callers.current(), id);
    }
}
