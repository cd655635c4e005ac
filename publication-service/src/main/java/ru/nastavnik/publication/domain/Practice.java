package ru.nastavnik.publication.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.publication.PracticePublished;
import ru.nastavnik.events.publication.PublicationLevel;
import ru.nastavnik.events.publication.PracticeSubmitted;

/**
 * A practice (кейс) of an organization on its way to the regional bank. Every change raises the version by one;
 * the events a change causes are collected here and stored with it, in the same write.
 */
public final class Practice {

    private PracticeState state;
    private final List<IntegrationEvent> events = new ArrayList<>();

    private Practice(PracticeState state) {
        this.state = state;
    }

    public static Practice restore(PracticeState state) {
        return new Practice(state);
    }

    public static Practice draft(UUID id, UUID organizationId, UUID municipalityId, UUID regionId,
            PracticeContent content, List<Author> authors, Instant now) {
        requireTitle(content);
        return new Practice(new PracticeState(id, organizationId, municipalityId, regionId, PracticeStatus.DRAFT, 1,
                content, authors, List.of(), List.of(), List.of(), now, now, null));
    }

    public PracticeState state() {
        return state;
    }

    public UUID id() {
        return state.id();
    }

    public long version() {
        return state.version();
    }

    public PracticeStatus status() {
        return state.status();
    }

    /** Events caused by the changes since this object was loaded or created. */
    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }

    /** Replaces the text, keeping the replaced one as a version; only while the school holds the practice. */
    public void edit(PracticeContent content, List<Author> authors, Instant now) {
        requireEditable();
        requireTitle(content);
        List<PracticeVersion> versions = new ArrayList<>(state.versions());
        versions.add(new PracticeVersion(state.version(), state.content(), now));
        state = new PracticeState(state.id(), state.organizationId(), state.municipalityId(), state.regionId(),
                state.status(), state.version() + 1, content, authors == null ? state.authors() : authors,
                state.materials(), state.history(), versions, state.createdAt(), now, state.publishedOn());
    }

    public void addMaterial(Material material, Instant now) {
        requireEditable();
        if (state.materials().size() >= 50) {
            throw new RuleViolation("TOO_MANY_MATERIALS", "file", "К практике можно приложить не более 50 материалов.");
        }
        List<Material> materials = new ArrayList<>(state.materials());
        materials.add(material);
        state = with(state.status(), materials, state.history(), state.publishedOn(), now);
    }

    /**
     * Takes a moderation step. {@code actor} is the level of the person acting; it must be the level the step
     * belongs to, and the practice must be in a status the step starts from.
     */
    public void moderate(ModerationAction action, BankLevel actor, String comment, Instant now) {
        if (action.actor() != actor) {
            throw new RuleViolation("NOT_YOUR_QUEUE", null,
                    "Этот шаг модерации выполняет другой уровень: " + levelName(action.actor()) + ".");
        }
        if (!action.allowedFrom(state.status())) {
            throw new RuleViolation("INVALID_TRANSITION", null,
                    "Практику в статусе «" + statusName(state.status()) + "» нельзя перевести в статус «"
                            + statusName(action.target()) + "».");
        }
        String why = comment == null ? "" : Texts.plain(comment);
        if (action.needsComment() && why.isBlank()) {
            throw new RuleViolation("COMMENT_REQUIRED", "comment",
                    "При возврате практики на доработку укажите комментарий: что нужно исправить.");
        }
        List<ModerationStep> history = new ArrayList<>(state.history());
        history.add(new ModerationStep(action, state.status(), action.target(), actor, why.isBlank() ? null : why, now));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate publishedOn = action == ModerationAction.PUBLISH ? today : state.publishedOn();
        state = with(action.target(), state.materials(), history, publishedOn, now);
        if (action == ModerationAction.SUBMIT) {
            events.add(new PracticeSubmitted(state.id(), state.organizationId(), state.municipalityId(),
                    state.regionId(), today));
        } else if (action == ModerationAction.PUBLISH) {
            events.add(new PracticePublished(state.id(), state.organizationId(), state.municipalityId(),
                    state.regionId(), PublicationLevel.valueOf(action.target().level().name()), today));
        }
    }

    /** The person withdrew a consent: their name gives way to «Автор» and their id is dropped. */
    public boolean pseudonymize(UUID personId, Instant now) {
        if (state.authors().stream().noneMatch(a -> personId.equals(a.personId()))) {
            return false;
        }
        List<Author> authors = state.authors().stream()
                .map(a -> personId.equals(a.personId()) ? a.pseudonymized() : a).toList();
        state = new PracticeState(state.id(), state.organizationId(), state.municipalityId(), state.regionId(),
                state.status(), state.version() + 1, state.content(), authors, state.materials(), state.history(),
                state.versions(), state.createdAt(), now, state.publishedOn());
        return true;
    }

    private PracticeState with(PracticeStatus status, List<Material> materials, List<ModerationStep> history,
            LocalDate publishedOn, Instant now) {
        return new PracticeState(state.id(), state.organizationId(), state.municipalityId(), state.regionId(), status,
                state.version() + 1, state.content(), state.authors(), materials, history, state.versions(),
                state.createdAt(), now, publishedOn);
    }

    /** Refuses unless the school may still change the practice. */
    public void ensureEditable() {
        requireEditable();
    }

    private void requireEditable() {
        if (!state.status().editable()) {
            throw new RuleViolation("PRACTICE_NOT_EDITABLE", null,
                    "Практику в статусе «" + statusName(state.status()) + "» изменить нельзя: она на модерации или уже принята.");
        }
    }

    private static void requireTitle(PracticeContent content) {
        if (content == null || content.title() == null || content.title().isBlank()) {
            throw new RuleViolation("VALIDATION_FAILED", "title", "Укажите название практики.");
        }
        if (content.title().length() > 300) {
            throw new RuleViolation("VALIDATION_FAILED", "title", "Название практики — не длиннее 300 символов.");
        }
    }

    static String statusName(PracticeStatus status) {
        return switch (status) {
            case DRAFT -> "черновик";
            case SUBMITTED -> "на модерации в муниципалитете";
            case RETURNED_BY_MUNICIPALITY -> "возвращена муниципалитетом";
            case MUNICIPALITY_ACCEPTED -> "принята муниципалитетом";
            case RETURNED_BY_REGION -> "возвращена регионом";
            case REGION_ACCEPTED -> "принята в региональный банк";
            case PUBLISHED -> "опубликована";
        };
    }

    static String levelName(BankLevel level) {
        return switch (level) {
            case ORGANIZATION -> "образовательная организация";
            case MUNICIPALITY -> "муниципальный куратор";
            case REGION -> "региональный институт";
        };
    }
}
