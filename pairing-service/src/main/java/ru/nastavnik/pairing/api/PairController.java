package ru.nastavnik.pairing.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
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

import ru.nastavnik.pairing.application.FormPair;
import ru.nastavnik.pairing.application.PairLifecycleService;
import ru.nastavnik.pairing.application.PairService;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.platform.security.Callers;

/** Mentoring pairs and groups of an organization, and mentors' capacities. */
@RestController
@RequestMapping(path = "/api/pairing", produces = MediaType.APPLICATION_JSON_VALUE)
class PairController {

    private final PairService pairs;
    private final PairLifecycleService lifecycle;

    PairController(PairService pairs, PairLifecycleService lifecycle) {
        this.pairs = pairs;
        this.lifecycle = lifecycle;
    }

    record CapacityBody(Integer capacity) {
    }

    @PostMapping(path = "/organizations/{organizationId}/pairs", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Pair> form(@PathVariable UUID organizationId, @RequestBody FormPair body) {
        Pair pair = pairs.form(Callers.current(), organizationId, body);
        return ResponseEntity.created(URI.create("/api/pairing/pairs/" + pair.id())).body(pair);
    }

    @GetMapping("/organizations/{organizationId}/pairs")
    List<PairView> ofOrganization(@PathVariable UUID organizationId) {
        return lifecycle.ofOrganization(Callers.current(), organizationId).stream().map(PairView::of).toList();
    }

    @GetMapping("/pairs/{pairId}")
    PairView pair(@PathVariable UUID pairId) {
        return PairView.of(lifecycle.details(Callers.current(), pairId));
    }

    @PutMapping(path = "/mentors/{mentorId}/capacity", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Integer> capacity(@PathVariable UUID mentorId, @RequestBody CapacityBody body) {
        return Map.of("capacity", pairs.setCapacity(Callers.current(), mentorId, body.capacity()));
    }
}
