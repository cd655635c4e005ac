package ru.nastavnik.monitoring.api;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.monitoring.application.roadmap.RoadmapCompletionService;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCompletionService.CompletionReport;
import ru.nastavnik.platform.security.Callers;

/** Roadmap completion of a municipality's organizations and of a region's municipalities: counts only. */
@RestController
@RequestMapping(path = "/api/monitoring/roadmaps/completion", produces = MediaType.APPLICATION_JSON_VALUE)
class RoadmapCompletionController {

    private final RoadmapCompletionService completion;

    RoadmapCompletionController(RoadmapCompletionService completion) {
        this.completion = completion;
    }

    @GetMapping("/municipalities/{municipalityId}")
    CompletionReport municipality(@PathVariable UUID municipalityId, @RequestParam String academicYear) {
        return completion.ofMunicipality(Callers.current(), municipalityId, academicYear);
    }

    @GetMapping("/regions/{regionId}")
    CompletionReport region(@PathVariable UUID regionId, @RequestParam String academicYear) {
        return completion.ofRegion(Callers.current(), regionId, academicYear);
    }
}
