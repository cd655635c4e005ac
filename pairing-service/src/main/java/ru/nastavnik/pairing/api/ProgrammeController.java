package ru.nastavnik.pairing.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.pairing.application.ProgrammeCommands.AddTask;
import ru.nastavnik.pairing.application.ProgrammeCommands.Approve;
import ru.nastavnik.pairing.application.ProgrammeCommands.Assess;
import ru.nastavnik.pairing.application.ProgrammeCommands.Complete;
import ru.nastavnik.pairing.application.ProgrammeCommands.Plan;
import ru.nastavnik.pairing.application.ProgrammeCommands.Versioned;
import ru.nastavnik.pairing.application.ProgrammeService;
import ru.nastavnik.pairing.application.ProgrammeView;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.platform.security.Callers;

/** A pair's personalized programme: plan, approval, tasks done, self-assessments, completion. */
@RestController
@RequestMapping(path = "/api/pairing", produces = MediaType.APPLICATION_JSON_VALUE)
class ProgrammeController {

    private final ProgrammeService programmes;

    ProgrammeController(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @PostMapping(path = "/pairs/{pairId}/programme", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgrammeView> create(@PathVariable UUID pairId, @RequestBody Plan body) {
        ProgrammeView view = programmes.create(Callers.current(), pairId, body);
        return ResponseEntity.created(URI.create("/api/pairing/pairs/" + pairId + "/programme")).body(view);
    }

    @GetMapping("/pairs/{pairId}/programme")
    ProgrammeView ofPair(@PathVariable UUID pairId) {
        return programmes.ofPair(Callers.current(), pairId);
    }

    @GetMapping("/my-pairs")
    List<Pair> myPairs() {
        return programmes.myPairs(Callers.current());
    }

    @PutMapping(path = "/programmes/{programmeId}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView plan(@PathVariable UUID programmeId, @RequestBody Plan body) {
        return programmes.replacePlan(Callers.current(), programmeId, body);
    }

    @PostMapping(path = "/programmes/{programmeId}/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView addTask(@PathVariable UUID programmeId, @RequestBody AddTask body) {
        return programmes.addTask(Callers.current(), programmeId, body);
    }

    @PostMapping(path = "/programmes/{programmeId}/tasks/{taskId}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView done(@PathVariable UUID programmeId, @PathVariable UUID taskId, @RequestBody Versioned body) {
        return programmes.completeTask(Callers.current(), programmeId, taskId, body.version());
    }

    @PostMapping(path = "/programmes/{programmeId}/approval", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView approve(@PathVariable UUID programmeId, @RequestBody Approve body) {
        return programmes.approve(Callers.current(), programmeId, body);
    }

    @PutMapping(path = "/programmes/{programmeId}/self-assessment", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView assess(@PathVariable UUID programmeId, @RequestBody Assess body) {
        return programmes.assess(Callers.current(), programmeId, body);
    }

    @PostMapping(path = "/programmes/{programmeId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView complete(@PathVariable UUID programmeId, @RequestBody Complete body) {
        return programmes.complete(Callers.current(), programmeId, body);
    }
}
