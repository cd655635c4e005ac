package ru.nastavnik.publication.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;
import ru.nastavnik.publication.application.feed.PublicContentChanged;
import ru.nastavnik.publication.domain.Author;
import ru.nastavnik.publication.domain.BankLevel;
import ru.nastavnik.publication.domain.Material;
import ru.nastavnik.publication.domain.MaterialContent;
import ru.nastavnik.publication.domain.MaterialFiles;
import ru.nastavnik.publication.domain.MaterialType;
import ru.nastavnik.publication.domain.ModerationAction;
import ru.nastavnik.publication.domain.Practice;
import ru.nastavnik.publication.domain.PracticeContent;
import ru.nastavnik.publication.domain.PracticeFilter;
import ru.nastavnik.publication.domain.RuleViolation;
import ru.nastavnik.publication.domain.PracticeSearch;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.PracticeStatus;
import ru.nastavnik.publication.domain.Practices;
import ru.nastavnik.publication.domain.PublishingOrganizations;
import ru.nastavnik.publication.domain.SearchPage;

/**
 * Use cases of the bank of practices. MongoDB here may have no multi-document transactions, so every use case is
 * one conditional write of one practice document (state, history, versions and outgoing events together).
 */
@Service
public class PracticeService {

    private final Practices practices;
    private final MaterialFiles files;
    private final PublishingOrganizations organizations;
    private final Clock clock;
    private final ApplicationEventPublisher publicContent;

    public PracticeService(Practices practices, MaterialFiles files, PublishingOrganizations organizations, Clock clock,
            ApplicationEventPublisher publicContent) {
        this.practices = practices;
        this.files = files;
        this.organizations = organizations;
        this.clock = clock;
        this.publicContent = publicContent;
    }

    /** An author as the school curator enters them: a person, their name, and whether they consent to its publication. */
    public record AuthorInput(UUID personId, String name, boolean nameConsent) {
    }

    public PracticeState create(Caller caller, UUID organizationId, PracticeContent content, List<AuthorInput> authors) {
        Place place = placeOf(caller, organizationId);
        AccessPolicy.require(caller.has(Role.SCHOOL_CURATOR) && caller.actsFor(organizationId)
                && AccessPolicy.canSee(caller, place), "Практики организации создаёт её куратор.");
        Practice practice = rules(() -> Practice.draft(UUID.randomUUID(), organizationId, place.municipalityId(),
                place.regionId(), content, authors(authors), clock.instant()));
        practices.insert(practice);
        return practice.state();
    }

    /** A draft with a given id; when it already exists (a retried request), the existing one is returned. */
    PracticeState createFromCandidate(Caller caller, UUID id, UUID organizationId, PracticeContent content) {
        var existing = practices.find(id);
        if (existing.isPresent()) {
            return existing.get().state();
        }
        Place place = placeOf(caller, organizationId);
        Practice practice = rules(() -> Practice.draft(id, organizationId, place.municipalityId(), place.regionId(),
                content, List.of(), clock.instant()));
        try {
            practices.insert(practice);
        } catch (org.springframework.dao.DuplicateKeyException concurrentTwin) {
            return practices.find(id).orElseThrow().state();
        }
        return practice.state();
    }

    public PracticeState edit(Caller caller, UUID id, long expectedVersion, PracticeContent content,
            List<AuthorInput> authors) {
        Practice practice = load(id);
        requireSchool(caller, practice.state());
        requireVersion(practice, expectedVersion);
        rules(() -> practice.edit(content, authors == null ? null : authors(authors), clock.instant()));
        save(practice, expectedVersion);
        return practice.state();
    }

    public PracticeState get(Caller caller, UUID id) {
        PracticeState practice = load(id).state();
        AccessPolicy.require(PracticeAccess.canRead(caller, practice), "Практика недоступна.");
        return practice;
    }

    /**
     * Practices of the caller's region by place and status. Each practice is shown only if the caller may read it, so
     * a list of another organization's practices holds just its published ones.
     */
    public List<PracticeState> list(Caller caller, UUID municipalityId, UUID organizationId, PracticeStatus status) {
        return practices.list(new PracticeFilter(caller.regionId(), municipalityId, organizationId, status)).stream()
                .map(Practice::state).filter(p -> PracticeAccess.canRead(caller, p)).toList();
    }

    /** What waits for the caller's level: the municipality's submissions, or the region's accepted practices. */
    public List<PracticeState> queue(Caller caller) {
        BankLevel level = PracticeAccess.moderatorLevel(caller)
                .orElseThrow(() -> AccessPolicy.forbidden("Очередь модерации есть только у муниципального куратора и регионального института."));
        if (level == BankLevel.MUNICIPALITY) {
            return practices.list(new PracticeFilter(caller.regionId(), caller.municipalityId(), null,
                    PracticeStatus.SUBMITTED)).stream().map(Practice::state).toList();
        }
        List<PracticeState> queue = new ArrayList<>();
        for (PracticeStatus waiting : List.of(PracticeStatus.MUNICIPALITY_ACCEPTED, PracticeStatus.REGION_ACCEPTED)) {
            practices.list(new PracticeFilter(caller.regionId(), null, null, waiting)).forEach(p -> queue.add(p.state()));
        }
        return queue;
    }

    public PracticeState moderate(Caller caller, UUID id, ModerationAction action, String comment) {
        Practice practice = load(id);
        AccessPolicy.require(PracticeAccess.actsAt(caller, action.actor(), practice.state()),
                "Этот шаг модерации выполняет " + levelName(action.actor()) + " этой практики.");
        long version = practice.version();
        rules(() -> practice.moderate(action, action.actor(), comment, clock.instant()));
        save(practice, version);
        return practice.state();
    }

    public PracticeState addMaterial(Caller caller, UUID id, String fileName, long declaredSize, InputStream content) {
        Practice practice = load(id);
        requireSchool(caller, practice.state());
        if (declaredSize > MaterialType.MAX_SIZE) {
            throw tooLarge();
        }
        byte[] bytes = readAtMost(content, MaterialType.MAX_SIZE);
        MaterialType type = MaterialContent.detect(bytes).orElseThrow(() -> new ProblemException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MATERIAL_TYPE", "Неподдерживаемый тип файла",
                "Допустимы PDF, DOCX, PPTX, XLSX, PNG и JPEG; тип определяется по содержимому файла."));
        String name = safeFileName(fileName);
        if (!type.matchesName(name)) {
            throw ProblemException.unprocessable("MATERIAL_TYPE_MISMATCH",
                    "Расширение файла не соответствует его содержимому (" + type.name() + ").");
        }
        long version = practice.version();
        rules(practice::ensureEditable);
        // The file goes first, so a practice never names a file that is not there; a lost race deletes it again.
        String materialId = files.store(practice.id(), name, type, bytes);
        try {
            rules(() -> practice.addMaterial(new Material(materialId, name, type, bytes.length, clock.instant()), clock.instant()));
            save(practice, version);
        } catch (RuntimeException e) {
            files.delete(materialId);
            throw e;
        }
        return practice.state();
    }

    public record MaterialDownload(Material material, InputStream content) {
    }

    public MaterialDownload material(Caller caller, UUID id, String materialId) {
        PracticeState practice = get(caller, id);
        Material material = practice.materials().stream().filter(m -> m.materialId().equals(materialId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("MATERIAL_NOT_FOUND", "Материал не найден."));
        InputStream content = files.open(materialId)
                .orElseThrow(() -> ProblemException.notFound("MATERIAL_NOT_FOUND", "Материал не найден."));
        return new MaterialDownload(material, content);
    }

    /** The bank as the caller may search it: the region's published practices and what their role lets them see. */
    public SearchPage<PracticeState> search(Caller caller, String text, ru.nastavnik.events.pairing.RoleModel form,
            String subject, BankLevel level, UUID organizationId, int page, int size) {
        boolean wholeRegion = caller.has(Role.REGION_ADMIN);
        UUID municipality = caller.has(Role.MUNICIPAL_CURATOR) ? caller.municipalityId() : null;
        List<UUID> own = caller.has(Role.SCHOOL_CURATOR) ? caller.organizationIds() : List.of();
        PracticeSearch search = new PracticeSearch(text, form, subject == null ? null : subject.strip(), level,
                organizationId, new PracticeSearch.Visibility(caller.regionId(), wholeRegion, municipality, own),
                Math.max(0, page), Math.min(Math.max(1, size), 100));
        SearchPage<Practice> found = practices.search(search);
        return new SearchPage<>(found.items().stream().map(Practice::state).toList(), found.total(), found.page(),
                found.size());
    }

    /** A consent withdrawal: every practice naming the person shows «Автор» instead, and forgets the id. */
    public void pseudonymize(UUID personId) {
        for (UUID id : practices.authoredBy(personId)) {
            for (int attempt = 0; attempt < 10; attempt++) {
                Practice practice = practices.find(id).orElse(null);
                if (practice == null) {
                    break;
                }
                long version = practice.version();
                if (!practice.pseudonymize(personId, clock.instant())) {
                    break;
                }
                if (practices.update(practice, version)) {
                    announceIfPublic(practice);
                    break;
                }
            }
        }
    }

    private Place placeOf(Caller caller, UUID organizationId) {
        // The directory projection knows the organization's place; before its first event, the curator's token does.
        return organizations.of(organizationId)
                .map(o -> new Place(o.regionId(), o.municipalityId(), organizationId))
                .orElseGet(() -> new Place(caller.regionId(), caller.municipalityId(), organizationId));
    }

    private Practice load(UUID id) {
        return practices.find(id).orElseThrow(() -> ProblemException.notFound("PRACTICE_NOT_FOUND", "Практика не найдена."));
    }

    private void save(Practice practice, long expectedVersion) {
        if (!practices.update(practice, expectedVersion)) {
            throw concurrent();
        }
        announceIfPublic(practice);
    }

    /** A published practice changed (or was just published): the public feeds must not keep the old one. */
    private void announceIfPublic(Practice practice) {
        if (practice.status() == PracticeStatus.PUBLISHED) {
            publicContent.publishEvent(new PublicContentChanged());
        }
    }

    private static void requireVersion(Practice practice, long expectedVersion) {
        if (practice.version() != expectedVersion) {
            throw concurrent();
        }
    }

    private static ProblemException concurrent() {
        return ProblemException.conflict("CONCURRENT_MODIFICATION",
                "Практика уже изменена другим пользователем. Обновите данные и повторите действие.");
    }

    private static void requireSchool(Caller caller, PracticeState practice) {
        AccessPolicy.require(PracticeAccess.actsAt(caller, BankLevel.ORGANIZATION, practice),
                "Практику изменяет куратор её организации.");
    }

    private static List<Author> authors(List<AuthorInput> input) {
        return input == null ? List.of()
                : input.stream().filter(a -> a != null).map(a -> Author.of(a.personId(), a.name(), a.nameConsent())).toList();
    }

    private static <T> T rules(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (RuleViolation violation) {
            if (violation.field() != null) {
                throw ProblemException.invalid(List.of(new Problems.FieldError(violation.field(), violation.getMessage())));
            }
            throw ProblemException.conflict(violation.code(), violation.getMessage());
        }
    }

    private static void rules(Runnable change) {
        rules(() -> {
            change.run();
            return null;
        });
    }

    private static ProblemException tooLarge() {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "MATERIAL_TOO_LARGE", "Слишком большой файл",
                "Материал должен быть не больше 20 МБ.");
    }

    private static byte[] readAtMost(InputStream in, long limit) {
        try (in) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.unprocessable("MATERIAL_UNREADABLE", "Файл не удалось прочитать. Повторите загрузку.");
        }
    }

    private static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "material" : name;
    }

    private static String levelName(BankLevel level) {
        return switch (level) {
            case ORGANIZATION -> "куратор образовательной организации";
            case MUNICIPALITY -> "муниципальный куратор";
            case REGION -> "региональный институт";
        };
    }
}
