package ru.nastavnik.publication.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.platform.security.Callers;
import ru.nastavnik.publication.application.FinalCollectionService;
import ru.nastavnik.publication.application.ThankYouLetterService;

/**
 * The final collection (итоговый сборник) of an organization for an academic year, and thank-you letters to its
 * mentors. {@code year} is «2025-2026».
 */
@RestController
@RequestMapping("/api/publications/organizations/{organizationId}")
class CollectionController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final FinalCollectionService collections;
    private final ThankYouLetterService letters;

    CollectionController(FinalCollectionService collections, ThankYouLetterService letters) {
        this.collections = collections;
        this.letters = letters;
    }

    /** The names of the mentors to thank, by person id, as the portal shows them; used to render, never stored. */
    record LettersBody(String signatory, String signatoryPosition, Map<UUID, String> names) {
    }

    record Mentor(UUID personId) {
    }

    @GetMapping("/collection.docx")
    ResponseEntity<byte[]> collectionDocx(@PathVariable UUID organizationId, @RequestParam(required = false) String year) {
        return file(collections.docx(Callers.current(), organizationId, year), DOCX);
    }

    @GetMapping("/collection.pdf")
    ResponseEntity<byte[]> collectionPdf(@PathVariable UUID organizationId, @RequestParam(required = false) String year) {
        return file(collections.pdf(Callers.current(), organizationId, year), MediaType.APPLICATION_PDF);
    }

    @GetMapping(path = "/thank-you-letters/mentors", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Mentor> mentors(@PathVariable UUID organizationId, @RequestParam(required = false) String year) {
        return letters.mentors(Callers.current(), organizationId, year).stream().map(Mentor::new).toList();
    }

    @PostMapping(path = "/thank-you-letters.docx", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> letters(@PathVariable UUID organizationId, @RequestParam(required = false) String year,
            @RequestBody(required = false) LettersBody body) {
        ThankYouLetterService.LettersRequest request = body == null ? null
                : new ThankYouLetterService.LettersRequest(body.signatory(), body.signatoryPosition(), body.names());
        return file(letters.letters(Callers.current(), organizationId, year, request), DOCX);
    }

    private static ResponseEntity<byte[]> file(FinalCollectionService.Document document, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
