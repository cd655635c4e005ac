package ru.nastavnik.monitoring.application.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps.StoredEvidence;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.Caller;

/**
 * Evidence of a done item: one uploaded document (an order, a protocol, a photo) kept in PostgreSQL, at most
 * {@link #MAX_BYTES}, of the office, PDF and image types schools actually send; the content type is decided from
 * the file name, never taken from the client.
 */
@Service
public class EvidenceService {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"));

    private final RoadmapService roadmaps;
    private final Roadmaps store;

    EvidenceService(RoadmapService roadmaps, Roadmaps store) {
        this.roadmaps = roadmaps;
        this.store = store;
    }

    @Transactional
    public RoadmapView upload(Caller caller, UUID roadmapId, UUID itemId, Integer version, String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
        if (content == null || content.length == 0) {
            throw ProblemException.unprocessable("EVIDENCE_EMPTY", "Файл пустой.");
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "EVIDENCE_TOO_LARGE", "Слишком большой файл",
                    "Файл подтверждения — не больше 5 МБ.");
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null || name.length() > 300) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "EVIDENCE_TYPE_NOT_ALLOWED",
                    "Неподдерживаемый формат файла",
                    "Прикрепите документ PDF, DOC(X), XLS(X), ODT, ODS, PPTX или изображение JPG/PNG.");
        }
        return roadmaps.change(caller, roadmapId, version, r -> {
            r.item(itemId).orElseThrow(RoadmapService::noItem);
            store.storeEvidence(itemId, name, type, content, caller.username());
            return r;
        });
    }

    @Transactional
    public RoadmapView delete(Caller caller, UUID roadmapId, UUID itemId, Integer version) {
        return roadmaps.change(caller, roadmapId, version, r -> {
            r.item(itemId).orElseThrow(RoadmapService::noItem);
            store.deleteEvidence(itemId);
            return r;
        });
    }

    @Transactional(readOnly = true)
    public StoredEvidence download(Caller caller, UUID roadmapId, UUID itemId) {
        Roadmap roadmap = roadmaps.readable(caller, roadmapId);
        roadmap.item(itemId).orElseThrow(RoadmapService::noItem);
        return store.evidence(itemId).orElseThrow(() -> ProblemException.notFound("EVIDENCE_NOT_FOUND",
                "К пункту не прикреплён файл."));
    }

    static List<String> extensions() {
        return List.copyOf(TYPES.keySet());
    }
}
