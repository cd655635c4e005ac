package ru.nastavnik.publication.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;
import ru.nastavnik.platform.security.Role;
import ru.nastavnik.publication.application.feed.PublicContentChanged;
import ru.nastavnik.publication.domain.ContentPlanEntry;
import ru.nastavnik.publication.domain.NewsItem;
import ru.nastavnik.publication.domain.NewsSection;
import ru.nastavnik.publication.domain.RuleViolation;
import ru.nastavnik.publication.domain.PublishingOrganizations;

/**
 * The «Наставничество» section of an organization's website: its curator writes news and keeps the content plan;
 * everyone of the region reads them (the section is public on the website anyway).
 */
@Service
public class NewsService {

    private final NewsSection section;
    private final PublishingOrganizations organizations;
    private final Clock clock;
    private final ApplicationEventPublisher publicContent;

    public NewsService(NewsSection section, PublishingOrganizations organizations, Clock clock,
            ApplicationEventPublisher publicContent) {
        this.section = section;
        this.organizations = organizations;
        this.clock = clock;
        this.publicContent = publicContent;
    }

    public record Draft(String title, String body, LocalDate date, String rubric, UUID planEntryId) {
    }

    public NewsItem write(Caller caller, UUID organizationId, Draft draft) {
        Place place = placeOf(caller, organizationId);
        requireCurator(caller, organizationId);
        if (draft.planEntryId() != null) {
            ContentPlanEntry entry = section.planEntry(draft.planEntryId())
                    .filter(e -> e.organizationId().equals(organizationId))
                    .orElseThrow(() -> invalid("planEntryId", "нет такой записи контент-плана этой организации"));
            if (entry.done()) {
                throw ProblemException.conflict("PLAN_ENTRY_DONE", "Эта запись контент-плана уже выполнена другой публикацией.");
            }
        }
        NewsItem item = checked(() -> NewsItem.written(UUID.randomUUID(), organizationId, place.municipalityId(),
                place.regionId(), draft.title(), draft.body(), draft.date(), draft.rubric(), draft.planEntryId(), 1,
                clock.instant()));
        section.insert(item);
        if (draft.planEntryId() != null) {
            section.fulfil(draft.planEntryId(), item.id());
        }
        publicContent.publishEvent(new PublicContentChanged()); // news are public as soon as they are written
        return item;
    }

    public NewsItem edit(Caller caller, UUID id, long expectedVersion, Draft draft) {
        NewsItem current = section.find(id).orElseThrow(() -> ProblemException.notFound("NEWS_NOT_FOUND", "Новость не найдена."));
        requireCurator(caller, current.organizationId());
        NewsItem item = checked(() -> NewsItem.written(id, current.organizationId(), current.municipalityId(),
                current.regionId(), draft.title(), draft.body(), draft.date(), draft.rubric(), current.planEntryId(),
                expectedVersion + 1, clock.instant()));
        if (current.version() != expectedVersion || !section.update(item, expectedVersion)) {
            throw ProblemException.conflict("CONCURRENT_MODIFICATION",
                    "Новость уже изменена другим пользователем. Обновите данные и повторите действие.");
        }
        publicContent.publishEvent(new PublicContentChanged());
        return item;
    }

    public List<NewsItem> news(Caller caller, UUID organizationId, String rubric) {
        requireReader(caller, organizationId);
        return section.of(organizationId, rubric);
    }

    public ContentPlanEntry plan(Caller caller, UUID organizationId, String topic, String rubric, LocalDate plannedOn) {
        requireCurator(caller, organizationId);
        ContentPlanEntry entry = checked(() -> ContentPlanEntry.planned(UUID.randomUUID(), organizationId, topic, rubric, plannedOn));
        section.plan(entry);
        return entry;
    }

    public List<ContentPlanEntry> plan(Caller caller, UUID organizationId) {
        requireReader(caller, organizationId);
        return section.plan(organizationId);
    }

    private Place placeOf(Caller caller, UUID organizationId) {
        return organizations.of(organizationId)
                .map(o -> new Place(o.regionId(), o.municipalityId(), organizationId))
                .orElseGet(() -> new Place(caller.regionId(), caller.municipalityId(), organizationId));
    }

    private static void requireCurator(Caller caller, UUID organizationId) {
        AccessPolicy.require(caller.has(Role.SCHOOL_CURATOR) && caller.actsFor(organizationId),
                "Раздел «Наставничество» ведёт куратор организации.");
    }

    private void requireReader(Caller caller, UUID organizationId) {
        Place place = placeOf(caller, organizationId);
        AccessPolicy.require(Objects.equals(caller.regionId(), place.regionId()) || caller.actsFor(organizationId),
                "Раздел этой организации недоступен.");
    }

    private static <T> T checked(java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (RuleViolation violation) {
            throw invalid(violation.field(), violation.getMessage());
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(new Problems.FieldError(field, message)));
    }
}
