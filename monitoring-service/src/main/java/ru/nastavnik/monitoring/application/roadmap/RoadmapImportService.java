package ru.nastavnik.monitoring.application.roadmap;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.application.roadmap.RoadmapAccess.Owner;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.DraftItem;
import ru.nastavnik.monitoring.domain.roadmap.ItemStatus;
import ru.nastavnik.monitoring.domain.roadmap.PendingImports;
import ru.nastavnik.monitoring.domain.roadmap.PendingImports.PendingImport;
import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapDraft;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapItem;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapSource;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;

/**
 * Importing an existing roadmap (DOCX or text, as in the seeds): the upload is read and shown as a preview with the
 * reader's warnings and kept; confirming creates the roadmap from it, or fills an existing roadmap that has no items
 * yet. A file that cannot be read is a problem answer and nothing is stored.
 */
@Service
public class RoadmapImportService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final ObjectProvider<RoadmapSource> source;
    private final PendingImports pending;
    private final Roadmaps roadmaps;
    private final RoadmapAccess access;
    private final RoadmapService service;
    private final RoadmapOnTime onTime;
    private final Clock clock;

    RoadmapImportService(ObjectProvider<RoadmapSource> source, PendingImports pending, Roadmaps roadmaps,
            RoadmapAccess access, RoadmapService service, RoadmapOnTime onTime, Clock clock) {
        this.source = source;
        this.pending = pending;
        this.roadmaps = roadmaps;
        this.access = access;
        this.service = service;
        this.onTime = onTime;
        this.clock = clock;
    }

    public record Preview(UUID importId, String fileName, UUID ownerId, String ownerName, String academicYear,
            RoadmapDraft draft) {
    }

    @Transactional
    public Preview preview(Caller caller, UUID ownerId, String academicYear, String fileName, byte[] content) {
        AcademicYear year = RoadmapService.year(academicYear, "academicYear");
        Owner owner = access.owner(ownerId);
        RoadmapAccess.requireEdit(caller, owner.level(), owner.place());
        String name = fileName == null || fileName.isBlank() ? "roadmap" : fileName.strip();
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        RoadmapDraft draft = read(name, content, year);
        PendingImport upload = new PendingImport(UUID.randomUUID(), owner.level(), owner.id(), year, name, content,
                caller.username(), clock.instant());
        pending.removeOlderThan(clock.instant().minus(KEPT_FOR));
        pending.add(upload);
        return new Preview(upload.id(), name, owner.id(), owner.name(), year.toString(), draft);
    }

    @Transactional
    public RoadmapView confirm(Caller caller, UUID importId, String title) {
        PendingImport upload = pending.find(importId).orElseThrow(() -> ProblemException.notFound("IMPORT_NOT_FOUND",
                "Загруженный файл не найден: загрузите его ещё раз."));
        Owner owner = access.owner(upload.ownerId());
        RoadmapAccess.requireEdit(caller, owner.level(), owner.place());
        AccessPolicy.require(upload.uploadedBy().equals(caller.username()),
                "Подтвердить импорт может тот, кто загрузил файл.");
        RoadmapDraft draft = read(upload.fileName(), upload.content(), upload.year());
        List<RoadmapItem> items = items(draft);
        String name = title != null && !title.isBlank() ? title.strip()
                : draft.title() != null && !draft.title().isBlank() ? draft.title().strip()
                : "Дорожная карта внедрения целевой модели наставничества на " + upload.year() + " учебный год";
        if (name.length() > RoadmapService.MAX_SHORT) {
            name = name.substring(0, RoadmapService.MAX_SHORT);
        }
        RoadmapView view;
        var existing = roadmaps.find(owner.id(), upload.year());
        if (existing.isPresent()) {
            Roadmap roadmap = existing.get();
            if (!roadmap.items().isEmpty()) {
                throw ProblemException.conflict("ROADMAP_EXISTS", "Дорожная карта на " + upload.year()
                        + " учебный год уже заполнена: импорт возможен только в пустую дорожную карту.");
            }
            String finalName = name;
            view = service.change(caller, roadmap.id(), roadmap.version(), r -> r.withTitle(finalName).withItems(items));
        } else {
            view = service.add(caller, new Roadmap(UUID.randomUUID(), owner.level(), owner.id(), upload.year(), name,
                    items, 0, clock.instant()), owner);
        }
        pending.remove(importId);
        return view;
    }

    /** Yesterday's unconfirmed uploads are dropped: they hold whole files. */
    @Scheduled(fixedDelayString = "${nastavnik.roadmaps.import-cleanup-interval:PT1H}")
    @Transactional
    public void forgetOldUploads() {
        pending.removeOlderThan(clock.instant().minus(KEPT_FOR));
    }

    private RoadmapDraft read(String fileName, byte[] content, AcademicYear year) {
        if (content == null || content.length == 0) {
            throw ProblemException.unprocessable("ROADMAP_FILE_EMPTY", "Файл пустой.");
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "ROADMAP_FILE_TOO_LARGE", "Слишком большой файл",
                    "Файл дорожной карты — не больше 10 МБ.");
        }
        RoadmapSource reader = source.getIfAvailable();
        if (reader == null) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "ROADMAP_IMPORT_UNAVAILABLE",
                    "Импорт недоступен", "Чтение файлов дорожных карт пока не подключено.");
        }
        RoadmapDraft draft;
        try {
            draft = reader.read(fileName, content, year);
        } catch (RoadmapSource.UnreadableRoadmap e) {
            throw ProblemException.unprocessable("ROADMAP_UNREADABLE", e.getMessage());
        } catch (RuntimeException e) {
            throw ProblemException.unprocessable("ROADMAP_UNREADABLE",
                    "Файл не удалось прочитать как дорожную карту (ожидается DOCX или текстовая таблица).");
        }
        if (draft.items().isEmpty()) {
            throw ProblemException.unprocessable("ROADMAP_NO_ITEMS", "В файле не найдено ни одного пункта дорожной карты.");
        }
        if (draft.items().size() > RoadmapService.MAX_ITEMS) {
            throw ProblemException.unprocessable("ROADMAP_TOO_LONG",
                    "В дорожной карте не больше " + RoadmapService.MAX_ITEMS + " пунктов.");
        }
        return draft;
    }

    /**
     * The draft's outline as a tree: an item hangs under the last item numbered as its parent («1.4» for «1.4.1»),
     * top level when there is none, and never deeper than the roadmap allows.
     */
    static List<RoadmapItem> items(RoadmapDraft draft) {
        Map<String, UUID> byNumber = new HashMap<>();
        Map<UUID, Integer> depth = new HashMap<>();
        Map<UUID, UUID> parentOf = new HashMap<>();
        List<RoadmapItem> items = new ArrayList<>();
        for (DraftItem d : draft.items()) {
            UUID id = UUID.randomUUID();
            UUID parent = d.parentNumber().isEmpty() ? null : byNumber.get(d.parentNumber());
            while (parent != null && depth.get(parent) >= Roadmap.MAX_DEPTH) {
                parent = parentOf.get(parent);
            }
            byNumber.put(d.number(), id);
            depth.put(id, parent == null ? 1 : depth.get(parent) + 1);
            parentOf.put(id, parent);
            Deadline deadline = d.deadline() == null ? Deadline.unscheduled("") : d.deadline();
            items.add(new RoadmapItem(id, parent, "", cut(d.stage(), RoadmapService.MAX_SHORT),
                    cut(d.activities(), RoadmapService.MAX_TEXT), deadline, cut(d.responsible(), RoadmapService.MAX_TEXT),
                    cut(d.responsibleMunicipal(), RoadmapService.MAX_TEXT), cut(d.expectedResult(), RoadmapService.MAX_TEXT),
                    cut(d.indicator(), RoadmapService.MAX_TEXT), null, ItemStatus.PLANNED, null,
                    deadline.recurrence() == Deadline.Recurrence.YEARLY, null, null));
        }
        return items;
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() > max ? text.substring(0, max) : text;
    }
}
