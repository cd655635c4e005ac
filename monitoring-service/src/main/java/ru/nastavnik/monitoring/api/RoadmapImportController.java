package ru.nastavnik.monitoring.api;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.nastavnik.monitoring.application.roadmap.RoadmapImportService;
import ru.nastavnik.monitoring.application.roadmap.RoadmapImportService.Preview;
import ru.nastavnik.monitoring.application.roadmap.RoadmapView;
import ru.nastavnik.platform.security.Callers;

/** Import of an existing roadmap file: upload and preview, then confirm. */
@RestController
@RequestMapping(path = "/api/monitoring/roadmaps/imports", produces = MediaType.APPLICATION_JSON_VALUE)
class RoadmapImportController {

    private final RoadmapImportService imports;

    RoadmapImportController(RoadmapImportService imports) {
        this.imports = imports;
    }

    record Confirmation(String title) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Preview> upload(@RequestParam UUID ownerId, @RequestParam String academicYear,
            @RequestParam("file") MultipartFile file) throws IOException {
        Preview preview = imports.preview(Callers.current(), ownerId, academicYear, file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.created(URI.create("/api/monitoring/roadmaps/imports/" + preview.importId())).body(preview);
    }

    @PostMapping(path = "/{importId}/confirmation")
    ResponseEntity<RoadmapView> confirm(@PathVariable UUID importId, @RequestBody(required = false) Confirmation body) {
        RoadmapView view = imports.confirm(Callers.current(), importId, body == null ? null : body.title());
        return ResponseEntity.created(URI.create("/api/monitoring/roadmaps/" + view.id())).body(view);
    }
}
