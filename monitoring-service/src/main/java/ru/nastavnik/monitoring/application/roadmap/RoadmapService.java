package ru.nastavnik.monitoring.application.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.events.monitoring.RoadmapItemCompleted;
import ru.nastavnik.monitoring.application.roadmap.RoadmapAccess.Owner;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.Create;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.DeadlineInput;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.EvidenceLink;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.ItemInput;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.Move;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.Rename;
import ru.nastavnik.monitoring.application.roadmap.RoadmapCommands.StatusChange;
import ru.nastavnik.monitoring.application.roadmap.RoadmapView.CompletionView;
import ru.nastavnik.monitoring.application.roadmap.RoadmapView.ItemView;
import ru.nastavnik.monitoring.application.roadmap.RoadmapView.KpiValue;
import ru.nastavnik.monitoring.application.roadmap.RoadmapView.Summary;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.Deadlines;
import ru.nastavnik.monitoring.domain.roadmap.ItemStatus;
import ru.nastavnik.monitoring.domain.roadmap.KpiValues;
import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapItem;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapTemplates;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps.UnitPlace;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.Caller;

/**
 * Roadmaps and their items: created from a template or empty, edited item by item, carried over to the next
 * academic year. Every change names the version it was made on: a stale one is refused with 409 and nothing
 * changes. Marking an item done announces RoadmapItemCompleted; every change of an organization's roadmap rewrites
 * its ROADMAP_ON_TIME figure.
 */
@Service
public class RoadmapService {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 500;
    static final int MAX_ITEMS = 500;

    private final Roadmaps roadmaps;
    private final RoadmapAccess access;
    private final RoadmapOnTime onTime;
    private final KpiValues kpis;
    private final UnitDirectory directory;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    public RoadmapService(Roadmaps roadmaps, RoadmapAccess access, RoadmapOnTime onTime, KpiValues kpis,
            UnitDirectory directory, IntegrationEventPublisher events, Clock clock) {
        this.roadmaps = roadmaps;
        this.access = access;
        this.onTime = onTime;
        this.kpis = kpis;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The units whose roadmaps the caller keeps, for the editor's owner choice. */
    @Transactional(readOnly = true)
    public List<Owner> owners(Caller caller) {
        return access.ownersOf(caller);
    }

    @Transactional(readOnly = true)
    public List<Summary> list(Caller caller, UUID ownerId, String academicYear) {
        Owner owner = access.owner(ownerId);
        RoadmapAccess.requireRead(caller, owner.level(), owner.place());
        Optional<AcademicYear> year = academicYear == null || academicYear.isBlank() ? Optional.empty()
                : Optional.of(year(academicYear, "academicYear"));
        LocalDate today = onTime.today();
        return roadmaps.ofOwner(ownerId).stream()
                .filter(r -> year.map(y -> y.equals(r.year())).orElse(true))
                .map(r -> new Summary(r.id(), r.ownerLevel().name(), r.ownerId(), owner.name(), r.year().toString(),
                        r.title(), r.version(), CompletionView.of(r.completion(today))))
                .toList();
    }

    @Transactional
    public RoadmapView create(Caller caller, Create command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.ownerId() == null) {
            errors.add(new FieldError("ownerId", "укажите организацию, муниципалитет или регион"));
        }
        AcademicYear year = command.academicYear() == null ? null : AcademicYear.parse(command.academicYear()).orElse(null);
        if (year == null) {
            errors.add(new FieldError("academicYear", "учебный год в виде «2025/2026»"));
        }
        String title = text(command.title(), "title", MAX_SHORT, false, errors);
        throwIfAny(errors);
        Owner owner = access.owner(command.ownerId());
        RoadmapAccess.requireEdit(caller, owner.level(), owner.place());
        boolean fromTemplate = command.fromTemplate() == null || command.fromTemplate();
        RoadmapTemplates.Template template = RoadmapTemplates.of(owner.level());
        List<RoadmapItem> items = fromTemplate ? template.instantiate(year) : List.of();
        Roadmap roadmap = new Roadmap(UUID.randomUUID(), owner.level(), owner.id(), year,
                title.isEmpty() ? template.titleFor(year) : title, items, 0, clock.instant());
        return add(caller, roadmap, owner);
    }

    /** Stores a new roadmap (refused when the owner already has one for the year) and writes its figure. */
    RoadmapView add(Caller caller, Roadmap roadmap, Owner owner) {
        if (!roadmaps.add(roadmap, owner.place())) {
            throw ProblemException.conflict("ROADMAP_EXISTS",
                    "Дорожная карта на " + roadmap.year() + " учебный год уже есть.");
        }
        onTime.write(roadmap, owner.place());
        return view(caller, roadmap, owner);
    }

    @Transactional(readOnly = true)
    public RoadmapView get(Caller caller, UUID roadmapId) {
        Roadmap roadmap = load(roadmapId);
        Owner owner = access.owner(roadmap.ownerId());
        RoadmapAccess.requireRead(caller, owner.level(), owner.place());
        return view(caller, roadmap, owner);
    }

    /** The roadmap for export, after the read check. */
    @Transactional(readOnly = true)
    public Exported export(Caller caller, UUID roadmapId) {
        Roadmap roadmap = load(roadmapId);
        Owner owner = access.owner(roadmap.ownerId());
        RoadmapAccess.requireRead(caller, owner.level(), owner.place());
        return new Exported(roadmap, owner.name());
    }

    public record Exported(Roadmap roadmap, String ownerName) {
    }

    @Transactional
    public RoadmapView rename(Caller caller, UUID roadmapId, Rename rename) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(rename.title(), "title", MAX_SHORT, true, errors);
        throwIfAny(errors);
        return change(caller, roadmapId, rename.version(), r -> r.withTitle(title));
    }

    @Transactional
    public RoadmapView addItem(Caller caller, UUID roadmapId, ItemInput input) {
        RoadmapItem item = item(UUID.randomUUID(), input);
        return change(caller, roadmapId, input.version(), r -> {
            if (r.items().size() >= MAX_ITEMS) {
                throw ProblemException.unprocessable("ROADMAP_TOO_LONG", "В дорожной карте не больше " + MAX_ITEMS + " пунктов.");
            }
            return tree(() -> r.withItemAdded(item, input.parentId(), input.position()), "parentId");
        });
    }

    @Transactional
    public RoadmapView editItem(Caller caller, UUID roadmapId, UUID itemId, ItemInput input) {
        RoadmapItem content = item(itemId, input);
        return change(caller, roadmapId, input.version(), r -> tree(() -> r.withItemReplaced(itemId, i -> i.editedAs(content)), null));
    }

    @Transactional
    public RoadmapView moveItem(Caller caller, UUID roadmapId, UUID itemId, Move move) {
        if (move.position() != null && move.position() < 0) {
            throw ProblemException.invalid(List.of(new FieldError("position", "не может быть отрицательной")));
        }
        return change(caller, roadmapId, move.version(), r -> tree(() -> r.withItemMoved(itemId, move.parentId(), move.position()),
                "parentId"));
    }

    @Transactional
    public RoadmapView deleteItem(Caller caller, UUID roadmapId, UUID itemId, Integer version) {
        return change(caller, roadmapId, version, r -> tree(() -> r.withItemRemoved(itemId), null));
    }

    @Transactional
    public RoadmapView changeStatus(Caller caller, UUID roadmapId, UUID itemId, StatusChange change) {
        List<FieldError> errors = new ArrayList<>();
        ItemStatus status = null;
        try {
            status = change.status() == null ? null : ItemStatus.valueOf(change.status());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (status == null) {
            errors.add(new FieldError("status", "одно из: PLANNED, IN_PROGRESS, DONE, CANCELLED"));
        }
        LocalDate today = onTime.today();
        LocalDate doneOn = date(change.doneOn(), "doneOn", errors);
        if (doneOn != null && doneOn.isAfter(today)) {
            errors.add(new FieldError("doneOn", "дата выполнения не может быть в будущем"));
        }
        throwIfAny(errors);
        ItemStatus target = status;
        LocalDate done = target == ItemStatus.DONE ? (doneOn == null ? today : doneOn) : null;
        Roadmap before = load(roadmapId);
        RoadmapItem previous = before.item(itemId).orElseThrow(RoadmapService::noItem);
        RoadmapView view = change(caller, roadmapId, change.version(),
                r -> tree(() -> r.withItemReplaced(itemId, i -> i.withStatus(target, done)), null));
        if (target == ItemStatus.DONE && previous.status() != ItemStatus.DONE) {
            announceDone(before, view.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow());
        }
        return view;
    }

    private void announceDone(Roadmap roadmap, ItemView item) {
        UnitPlace place = roadmaps.placeOf(roadmap.id());
        events.publish(new RoadmapItemCompleted(roadmap.id(), item.id(),
                RoadmapItemCompleted.OwnerLevel.valueOf(roadmap.ownerLevel().name()), roadmap.ownerId(),
                place.organizationId(), place.municipalityId(), place.regionId(), roadmap.year().toString(), item.number(),
                item.due(), item.doneOn(), item.doneOnTime()));
    }

    @Transactional
    public RoadmapView linkEvidence(Caller caller, UUID roadmapId, UUID itemId, EvidenceLink link) {
        String url = link.link() == null ? "" : link.link().strip();
        if (!url.isEmpty() && !validLink(url)) {
            throw ProblemException.invalid(List.of(new FieldError("link", "ссылка вида https://… не длиннее 1000 символов")));
        }
        return change(caller, roadmapId, link.version(),
                r -> tree(() -> r.withItemReplaced(itemId, i -> i.withEvidence(url.isEmpty() ? null : url, i.evidenceFile())), null));
    }

    /** Checks that the caller may read the roadmap that holds the item; the evidence itself is the store's. */
    @Transactional(readOnly = true)
    public Roadmap readable(Caller caller, UUID roadmapId) {
        Roadmap roadmap = load(roadmapId);
        Owner owner = access.owner(roadmap.ownerId());
        RoadmapAccess.requireRead(caller, owner.level(), owner.place());
        return roadmap;
    }

    /** Creates next year's roadmap with the recurring items, their deadlines one year later. */
    @Transactional
    public RoadmapView carryOver(Caller caller, UUID roadmapId) {
        Roadmap roadmap = load(roadmapId);
        Owner owner = access.owner(roadmap.ownerId());
        RoadmapAccess.requireEdit(caller, owner.level(), owner.place());
        List<RoadmapItem> kept = roadmap.items().stream().filter(RoadmapItem::recurring).toList();
        if (kept.isEmpty()) {
            throw ProblemException.unprocessable("NOTHING_TO_CARRY_OVER",
                    "В дорожной карте нет ежегодно повторяющихся пунктов: переносить нечего.");
        }
        Map<UUID, UUID> newIds = new HashMap<>();
        kept.forEach(i -> newIds.put(i.id(), UUID.randomUUID()));
        Map<UUID, RoadmapItem> byId = new HashMap<>();
        roadmap.items().forEach(i -> byId.put(i.id(), i));
        List<RoadmapItem> items = kept.stream().map(i -> i.carriedOver(newIds.get(i.id()), keptAncestor(i, byId, newIds)))
                .toList();
        String title = Deadlines.shiftedOneYear(Deadline.unscheduled(roadmap.title())).original();
        if (title.equals(roadmap.title())) {
            title = title.replace(roadmap.year().toString(), roadmap.year().next().toString());
        }
        Roadmap next = new Roadmap(UUID.randomUUID(), roadmap.ownerLevel(), roadmap.ownerId(), roadmap.year().next(),
                title, items, 0, clock.instant());
        return add(caller, next, owner);
    }

    /** The nearest ancestor that is carried over too, so the copy keeps as much of the outline as survives. */
    private static UUID keptAncestor(RoadmapItem item, Map<UUID, RoadmapItem> byId, Map<UUID, UUID> newIds) {
        UUID parent = item.parentId();
        while (parent != null && !newIds.containsKey(parent)) {
            RoadmapItem p = byId.get(parent);
            parent = p == null ? null : p.parentId();
        }
        return parent == null ? null : newIds.get(parent);
    }

    Roadmap load(UUID roadmapId) {
        return roadmaps.find(roadmapId).orElseThrow(() -> ProblemException.notFound("ROADMAP_NOT_FOUND",
                "Дорожная карта не найдена."));
    }

    RoadmapView change(Caller caller, UUID roadmapId, Integer version, Function<Roadmap, Roadmap> change) {
        if (version == null) {
            throw ProblemException.invalid(List.of(new FieldError("version", "укажите версию дорожной карты")));
        }
        Roadmap roadmap = load(roadmapId);
        Owner owner = access.owner(roadmap.ownerId());
        RoadmapAccess.requireEdit(caller, owner.level(), owner.place());
        if (roadmap.version() != version) {
            throw stale();
        }
        Roadmap changed = change.apply(roadmap);
        Roadmap stored = roadmaps.update(new Roadmap(changed.id(), changed.ownerLevel(), changed.ownerId(), changed.year(),
                changed.title(), changed.items(), changed.version(), clock.instant()), version).orElseThrow(RoadmapService::stale);
        onTime.write(stored, owner.place());
        return view(caller, stored, owner);
    }

    private static ProblemException stale() {
        return ProblemException.conflict("STALE_VERSION",
                "Дорожную карту успели изменить: обновите страницу и повторите изменение.");
    }

    static ProblemException noItem() {
        return ProblemException.notFound("ITEM_NOT_FOUND", "Пункт дорожной карты не найден.");
    }

    /** Runs a tree change, turning the domain's refusals into problem answers. */
    private static Roadmap tree(java.util.function.Supplier<Roadmap> change, String parentField) {
        try {
            return change.get();
        } catch (Roadmap.NoSuchItem e) {
            if (parentField != null) {
                throw ProblemException.invalid(List.of(new FieldError(parentField, "такого пункта нет в дорожной карте")));
            }
            throw noItem();
        } catch (Roadmap.TooDeep e) {
            throw ProblemException.unprocessable("ROADMAP_TOO_DEEP",
                    "Вложенность пунктов — не больше " + Roadmap.MAX_DEPTH + " уровней (например, 1.4.1.2).");
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("ITEM_MOVE_INTO_ITSELF", "Пункт нельзя переместить внутрь него самого.");
        }
    }

    private RoadmapItem item(UUID id, ItemInput input) {
        List<FieldError> errors = new ArrayList<>();
        String activities = text(input.activities(), "activities", MAX_TEXT, true, errors);
        String stage = text(input.stage(), "stage", MAX_SHORT, false, errors);
        String responsible = text(input.responsible(), "responsible", MAX_TEXT, false, errors);
        String municipal = text(input.responsibleMunicipal(), "responsibleMunicipal", MAX_TEXT, false, errors);
        String expected = text(input.expectedResult(), "expectedResult", MAX_TEXT, false, errors);
        String indicator = text(input.indicatorText(), "indicatorText", MAX_TEXT, false, errors);
        Indicator kpi = null;
        if (input.kpi() != null && !input.kpi().isBlank()) {
            try {
                kpi = Indicator.valueOf(input.kpi());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kpi", "неизвестный показатель"));
            }
        }
        Deadline deadline = deadline(input.deadline(), errors);
        throwIfAny(errors);
        boolean recurring = input.recurring() != null ? input.recurring()
                : deadline.recurrence() == Deadline.Recurrence.YEARLY;
        return new RoadmapItem(id, input.parentId(), "", stage, activities, deadline, responsible, municipal, expected,
                indicator, kpi, ItemStatus.PLANNED, null, recurring, null, null);
    }

    private static Deadline deadline(DeadlineInput input, List<FieldError> errors) {
        if (input == null) {
            return Deadline.unscheduled("");
        }
        String original = text(input.original(), "deadline.original", MAX_SHORT, false, errors);
        LocalDate from = date(input.from(), "deadline.from", errors);
        LocalDate to = date(input.to(), "deadline.to", errors);
        Deadline.Recurrence recurrence = Deadline.Recurrence.NONE;
        if (input.recurrence() != null && !input.recurrence().isBlank()) {
            try {
                recurrence = Deadline.Recurrence.valueOf(input.recurrence());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("deadline.recurrence", "одно из: NONE, YEARLY, QUARTERLY, MONTHLY, WEEKLY"));
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("deadline.to", "срок окончания раньше начала"));
        }
        if (recurrence != Deadline.Recurrence.NONE && from == null && to == null) {
            errors.add(new FieldError("deadline.from", "у повторяющегося срока должны быть даты"));
        }
        if (original.isEmpty() && from == null && to == null) {
            errors.add(new FieldError("deadline.original", "укажите срок текстом или датой"));
        }
        if (!errors.isEmpty()) {
            return Deadline.unscheduled(original);
        }
        return Deadlines.of(original, from, to, recurrence);
    }

    private RoadmapView view(Caller caller, Roadmap roadmap, Owner owner) {
        LocalDate today = onTime.today();
        Map<Indicator, Optional<KpiValues.Figure>> figures = new HashMap<>();
        List<ItemView> items = roadmap.items().stream().map(i -> {
            KpiValue kpi = null;
            if (i.kpi() != null) {
                kpi = figures.computeIfAbsent(i.kpi(), k -> kpis.current(roadmap.ownerLevel(), roadmap.ownerId(),
                        roadmap.year(), k)).map(f -> kpiValue(i.kpi(), f)).orElse(null);
            }
            return new ItemView(i.id(), i.parentId(), i.number(), i.depth(), i.stage(), i.activities(), i.deadline(),
                    i.due(), i.responsible(), i.responsibleMunicipal(), i.expectedResult(), i.indicatorText(),
                    i.kpi() == null ? null : i.kpi().name(), i.kpi() == null ? null : i.kpi().title(), kpi,
                    i.status().name(), i.doneOn(), i.overdue(today), i.doneOnTime(), i.recurring(), i.evidenceLink(),
                    i.evidenceFile());
        }).toList();
        return new RoadmapView(roadmap.id(), roadmap.ownerLevel().name(), roadmap.ownerId(), owner.name(),
                roadmap.year().toString(), roadmap.title(), roadmap.version(), roadmap.updatedAt(),
                RoadmapAccess.canEdit(caller, owner.level(), owner.place()), CompletionView.of(roadmap.completion(today)),
                items);
    }

    private static KpiValue kpiValue(Indicator indicator, KpiValues.Figure figure) {
        BigDecimal percent = indicator.kind() == Indicator.Kind.SHARE && figure.denominator() > 0
                ? BigDecimal.valueOf(figure.numerator() * 100).divide(BigDecimal.valueOf(figure.denominator()), 1,
                        RoundingMode.HALF_UP)
                : null;
        return new KpiValue(figure.numerator(), figure.denominator(), percent, indicator.target());
    }

    static AcademicYear year(String text, String field) {
        return AcademicYear.parse(text).orElseThrow(() -> ProblemException.invalid(
                List.of(new FieldError(field, "учебный год в виде «2025/2026»"))));
    }

    private static boolean validLink(String url) {
        if (url.length() > 1000) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            errors.add(new FieldError(field, "обязательное поле"));
        } else if (text.length() > max) {
            errors.add(new FieldError(field, "не длиннее " + max + " символов"));
        }
        return text;
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "дата в формате ГГГГ-ММ-ДД"));
            return null;
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
