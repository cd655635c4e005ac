package ru.nastavnik.monitoring.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.nastavnik.monitoring.application.roadmap.EvidenceService;
import ru.nastavnik.monitoring.application.roadmap.RoadmapAccess.Owner;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.Create;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.EvidenceLink;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.ItemInput;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.Move;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.Rename;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.StatusChange;
import ru.nastavnik.monitoring.application.roadmap.RoadmapService;
import ru.nastavnik.monitoring.application.roadmap.RoadmapService.Exported;
import ru.nastavnik.monitoring.application.roadmap.RoadmapView;
import ru.nastavnik.monitoring.application.roadmap.RoadmapView.Summary;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapDocuments;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapTemplates;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps.StoredEvidence;
import ru.nastavnik.monitoring.domain.roadmap.Stage;
import ru.nastavnik.platform.security.Callers;

/** Roadmaps (дорожные карты) of organizations, municipalities and the region, item by item. */
@RestController
@RequestMapping(path = "/api/monitoring/roadmaps", produces = MediaType.APPLICATION_JSON_VALUE)
class RoadmapController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RoadmapService roadmaps;
    private final EvidenceService evidence;
    private final RoadmapDocuments documents;

    RoadmapController(RoadmapService roadmaps, EvidenceService evidence, RoadmapDocuments documents) {
        this.roadmaps = roadmaps;
        this.evidence = evidence;
        this.documents = documents;
    }

    record OwnerView(UUID id, String level, String name) {
    }

    record TemplateView(String level, String title, int items) {
    }

    record Choice(String code, String title) {
    }

    /** What the editor needs to start: the caller's owners, the standard stages, the indicators, the templates. */
    record Catalogue(List<OwnerView> owners, List<Choice> stages, List<Choice> indicators, List<TemplateView> templates) {
    }

    @GetMapping("/catalogue")
    Catalogue catalogue() {
        List<OwnerView> owners = roadmaps.owners(Callers.current()).stream()
                .map((Owner o) -> new OwnerView(o.id(), o.level().name(), o.name())).toList();
        return new Catalogue(owners,
                Arrays.stream(Stage.values()).map(s -> new Choice(s.name(), s.title())).toList(),
                Arrays.stream(Indicator.values()).map(i -> new Choice(i.name(), i.title())).toList(),
                RoadmapTemplates.all().stream().map(t -> new TemplateView(t.level().name(), t.title(), t.rows().size()))
                        .toList());
    }

    @GetMapping
    List<Summary> list(@RequestParam UUID ownerId, @RequestParam(required = false) String academicYear) {
        return roadmaps.list(Callers.current(), ownerId, academicYear);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoadmapView> create(@RequestBody Create body) {
        RoadmapView view = roadmaps.create(Callers.current(), body);
        return ResponseEntity.created(URI.create("/api/monitoring/roadmaps/" + view.id())).body(view);
    }

    @GetMapping("/{roadmapId}")
    RoadmapView get(@PathVariable UUID roadmapId) {
        return roadmaps.get(Callers.current(), roadmapId);
    }

    @PutMapping(path = "/{roadmapId}/title", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoadmapView rename(@PathVariable UUID roadmapId, @RequestBody Rename body) {
        return roadmaps.rename(Callers.current(), roadmapId, body);
    }

    @PostMapping(path = "/{roadmapId}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoadmapView> addItem(@PathVariable UUID roadmapId, @RequestBody ItemInput body) {
        return ResponseEntity.status(201).body(roadmaps.addItem(Callers.current(), roadmapId, body));
    }

    @PutMapping(path = "/{roadmapId}/items/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoadmapView editItem(@PathVariable UUID roadmapId, @PathVariable UUID itemId, @RequestBody ItemInput body) {
        return roadmaps.editItem(Callers.current(), roadmapId, itemId, body);
    }

    @PostMapping(path = "/{roadmapId}/items/{itemId}/move", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoadmapView move(@PathVariable UUID roadmapId, @PathVariable UUID itemId, @RequestBody Move body) {
        return roadmaps.moveItem(Callers.current(), roadmapId, itemId, body);
    }

    @DeleteMapping("/{roadmapId}/items/{itemId}")
    RoadmapView delete(@PathVariable UUID roadmapId, @PathVariable UUID itemId, @RequestParam(required = false) Integer version) {
        return roadmaps.deleteItem(Callers.current(), roadmapId, itemId, version);
    }

    @PutMapping(path = "/{roadmapId}/items/{itemId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoadmapView status(@PathVariable UUID roadmapId, @PathVariable UUID itemId, @RequestBody StatusChange body) {
        return roadmaps.changeStatus(Callers.current(), roadmapId, itemId, body);
    }

    @PutMapping(path = "/{roadmapId}/items/{itemId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    RoadmapView upload(@PathVariable UUID roadmapId, @PathVariable UUID itemId, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer version) throws IOException {
        return evidence.upload(Callers.current(), roadmapId, itemId, version, file.getOriginalFilename(), file.getBytes());
    }

    @PutMapping(path = "/{roadmapId}/items/{itemId}/evidence-link", consumes = MediaType.APPLICATION_JSON_VALUE)
    RoadmapView link(@PathVariable UUID roadmapId, @PathVariable UUID itemId, @RequestBody EvidenceLink body) {
        return roadmaps.linkEvidence(Callers.current(), roadmapId, itemId, body);
    }

    @DeleteMapping("/{roadmapId}/items/{itemId}/evidence")
    RoadmapView deleteEvidence(@PathVariable UUID roadmapId, @PathVariable UUID itemId,
            @RequestParam(required = false) Integer version) {
        return evidence.delete(Callers.current(), roadmapId, itemId, version);
    }

    @GetMapping(path = "/{roadmapId}/items/{itemId}/evidence", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> download(@PathVariable UUID roadmapId, @PathVariable UUID itemId) {
        StoredEvidence file = evidence.download(Callers.current(), roadmapId, itemId);
        return file(file.content(), file.contentType(), file.fileName());
    }

    @PostMapping("/{roadmapId}/carry-over")
    ResponseEntity<RoadmapView> carryOver(@PathVariable UUID roadmapId) {
        RoadmapView view = roadmaps.carryOver(Callers.current(), roadmapId);
        return ResponseEntity.created(URI.create("/api/monitoring/roadmaps/" + view.id())).body(view);
    }

    @GetMapping(path = "/{roadmapId}/export.docx", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> docx(@PathVariable UUID roadmapId) {
        Exported e = roadmaps.export(Callers.current(), roadmapId);
        return file(documents.docx(e.roadmap(), e.ownerName()), DOCX, fileName(e, "docx"));
    }

    @GetMapping(path = "/{roadmapId}/export.xlsx", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> xlsx(@PathVariable UUID roadmapId) {
        Exported e = roadmaps.export(Callers.current(), roadmapId);
        return file(documents.xlsx(e.roadmap(), e.ownerName()), XLSX, fileName(e, "xlsx"));
    }

    private static String fileName(Exported e, String extension) {
        return "Дорожная карта " + e.roadmap().year().toString().replace('/', '-') + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
