package ru.nastavnik.participant.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.nastavnik.participant.application.StaffExportService;
import ru.nastavnik.participant.application.StaffImportService;
import ru.nastavnik.participant.application.StaffListRejected;
import ru.nastavnik.participant.application.StaffWorkbooks;
import ru.nastavnik.participant.domain.ImportJob;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.Callers;

/**
 * Staff lists in and banks out: import of XLSX or CSV (a dry run by default; {@code dryRun=false} writes, and
 * {@code async=true} writes in the background with progress at {@code /imports/{jobId}}), bank exports to XLSX and the
 * empty template.
 */
@RestController
@RequestMapping("/api/participants")
class StaffImportController {

    private static final String XLSX = StaffWorkbooks.CONTENT_TYPE;

    private final StaffImportService imports;
    private final StaffExportService exports;
    private final Problems problems;

    StaffImportController(StaffImportService imports, StaffExportService exports, Problems problems) {
        this.imports = imports;
        this.exports = exports;
        this.problems = problems;
    }

    /** What a run found (dry run) or did: counts and every bad row. */
    record ReportView(boolean dryRun, int rowsTotal, int toCreate, int toUpdate, int unchanged,
            List<StaffListRejected.RowError> errors, UUID jobId) {

        static ReportView of(boolean dryRun, StaffImportService.Report r) {
            return new ReportView(dryRun, r.rowsTotal(), r.toCreate(), r.toUpdate(), r.unchanged(), r.errors(), r.jobId());
        }
    }

    record JobView(UUID id, UUID organizationId, String fileName, String sha256, ImportJob.Status status, int rowsTotal,
            int rowsProcessed, int created, int updated, int unchanged, String failure, Instant startedAt,
            Instant finishedAt, String startedBy) {

        static JobView of(ImportJob j) {
            return new JobView(j.id(), j.organizationId(), j.fileName(), j.sha256(), j.status(), j.rowsTotal(),
                    j.rowsProcessed(), j.created(), j.updated(), j.unchanged(), j.failure(), j.startedAt(),
                    j.finishedAt(), j.startedBy());
        }
    }

    @PostMapping(path = "/organizations/{organizationId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importForm(@PathVariable UUID organizationId, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(defaultValue = "false") boolean async)
            throws IOException {
        return run(organizationId, new StaffImportService.Upload(file.getOriginalFilename(), file.getContentType(),
                file.getBytes()), dryRun, async);
    }

    @PostMapping(path = "/organizations/{organizationId}/imports",
            consumes = {"text/csv", "text/plain", "application/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importBody(@PathVariable UUID organizationId, @RequestBody(required = false) byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestParam(required = false) String fileName,
            @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(defaultValue = "false") boolean async) {
        return run(organizationId, new StaffImportService.Upload(fileName, contentType, body == null ? new byte[0] : body),
                dryRun, async);
    }

    private ResponseEntity<?> run(UUID organizationId, StaffImportService.Upload upload, boolean dryRun, boolean async) {
        if (dryRun) {
            return ResponseEntity.ok(ReportView.of(true, imports.dryRun(Callers.current(), organizationId, upload)));
        }
        if (async) {
            ImportJob job = imports.start(Callers.current(), organizationId, upload);
            return ResponseEntity.accepted().location(URI.create("/api/participants/imports/" + job.id())).body(JobView.of(job));
        }
        return ResponseEntity.ok(ReportView.of(false, imports.run(Callers.current(), organizationId, upload)));
    }

    @GetMapping(path = "/imports/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    JobView job(@PathVariable UUID jobId) {
        return JobView.of(imports.job(Callers.current(), jobId));
    }

    @GetMapping("/imports/template.xlsx")
    ResponseEntity<byte[]> template() {
        return download(exports.template(Callers.current()));
    }

    @GetMapping("/organizations/{organizationId}/bank.xlsx")
    ResponseEntity<byte[]> organizationBank(@PathVariable UUID organizationId, @RequestParam(required = false) String role) {
        return download(exports.ofOrganization(Callers.current(), organizationId, role));
    }

    @GetMapping("/municipalities/{municipalityId}/bank.xlsx")
    ResponseEntity<byte[]> municipalityBank(@PathVariable UUID municipalityId, @RequestParam(required = false) String role) {
        return download(exports.ofMunicipality(Callers.current(), municipalityId, role));
    }

    private static ResponseEntity<byte[]> download(StaffExportService.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    /** A refused file as problem+json; for bad rows with every one of them in {@code errors}. */
    @ExceptionHandler(StaffListRejected.class)
    ResponseEntity<ProblemDetail> rejected(StaffListRejected e) {
        String title = switch (e.status()) {
            case UNPROCESSABLE_CONTENT -> "Список сотрудников содержит ошибки";
            case CONTENT_TOO_LARGE -> "Слишком большой файл";
            case UNSUPPORTED_MEDIA_TYPE -> "Неподдерживаемый формат файла";
            default -> "Файл не может быть прочитан";
        };
        ProblemDetail problem = problems.of(e.status(), e.code(), title, e.detail());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
