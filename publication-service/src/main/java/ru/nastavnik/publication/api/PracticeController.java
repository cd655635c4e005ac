package ru.nastavnik.publication.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Callers;
import ru.nastavnik.publication.application.PracticeService;
import ru.nastavnik.publication.application.PracticeService.AuthorInput;
import ru.nastavnik.publication.domain.BankLevel;
import ru.nastavnik.publication.domain.ModerationAction;
import ru.nastavnik.publication.domain.PracticeContent;
import ru.nastavnik.publication.domain.PracticeStatus;
import ru.nastavnik.publication.domain.PracticeVersion;
import ru.nastavnik.publication.domain.SearchPage;

/** The bank of practices: drafts, versions, materials, moderation and search. */
@RestController
@RequestMapping(path = "/api/publications", produces = MediaType.APPLICATION_JSON_VALUE)
class PracticeController {

    private final PracticeService practices;

    PracticeController(PracticeService practices) {
        this.practices = practices;
    }

    record CreatePractice(UUID organizationId, PracticeContent content, List<AuthorInput> authors) {
    }

    record EditPractice(Long version, PracticeContent content, List<AuthorInput> authors) {
    }

    record Moderate(ModerationAction action, String comment) {
    }

    @PostMapping("/practices")
    @ResponseStatus(HttpStatus.CREATED)
    PracticeView create(@RequestBody CreatePractice request) {
        if (request.organizationId() == null) {
            throw required("organizationId");
        }
        Caller caller = Callers.current();
        return PracticeView.of(practices.create(caller, request.organizationId(), content(request.content()),
                request.authors()), caller);
    }

    @PutMapping("/practices/{id}")
    PracticeView edit(@PathVariable UUID id, @RequestBody EditPractice request) {
        if (request.version() == null) {
            throw required("version");
        }
        Caller caller = Callers.current();
        return PracticeView.of(practices.edit(caller, id, request.version(), content(request.content()),
                request.authors()), caller);
    }

    @GetMapping("/practices/{id}")
    PracticeView get(@PathVariable UUID id) {
        Caller caller = Callers.current();
        return PracticeView.of(practices.get(caller, id), caller);
    }

    @GetMapping("/practices/{id}/versions")
    List<PracticeVersion> versions(@PathVariable UUID id) {
        return practices.get(Callers.current(), id).versions();
    }

    @GetMapping("/practices")
    List<PracticeView> list(@RequestParam(required = false) UUID municipalityId,
            @RequestParam(required = false) UUID organizationId, @RequestParam(required = false) PracticeStatus status) {
        Caller caller = Callers.current();
        return practices.list(caller, municipalityId, organizationId, status).stream()
                .map(p -> PracticeView.of(p, caller)).toList();
    }

    @GetMapping("/practices/search")
    SearchPage<PracticeView> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) RoleModel form, @RequestParam(required = false) String subject,
            @RequestParam(required = false) BankLevel level, @RequestParam(required = false) UUID organizationId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Caller caller = Callers.current();
        var found = practices.search(caller, q, form, subject, level, organizationId, page, size);
        return new SearchPage<>(found.items().stream().map(p -> PracticeView.of(p, caller)).toList(), found.total(),
                found.page(), found.size());
    }

    @PostMapping("/practices/{id}/moderation")
    PracticeView moderate(@PathVariable UUID id, @RequestBody Moderate request) {
        if (request.action() == null) {
            throw required("action");
        }
        Caller caller = Callers.current();
        return PracticeView.of(practices.moderate(caller, id, request.action(), request.comment()), caller);
    }

    @GetMapping("/moderation/queue")
    List<PracticeView> queue() {
        Caller caller = Callers.current();
        return practices.queue(caller).stream().map(p -> PracticeView.of(p, caller)).toList();
    }

    @PostMapping(path = "/practices/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    PracticeView upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
        Caller caller = Callers.current();
        return PracticeView.of(practices.addMaterial(caller, id, file.getOriginalFilename(), file.getSize(),
                file.getInputStream()), caller);
    }

    @GetMapping(path = "/practices/{id}/materials/{materialId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable String materialId) {
        var download = practices.material(Callers.current(), id, materialId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.material().type().mediaType()))
                .contentLength(download.material().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.material().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(download.content()));
    }

    private static PracticeContent content(PracticeContent raw) {
        if (raw == null) {
            throw required("content");
        }
        return raw.sanitized();
    }

    private static ProblemException required(String field) {
        return ProblemException.invalid(List.of(new Problems.FieldError(field, "обязательное поле")));
    }
}
