package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** News and content plans of organizations' «Наставничество» sections. */
public interface NewsSection {

    void insert(NewsItem item);

    /** Replaces the item only if the stored version is still {@code expectedVersion}. */
    boolean update(NewsItem item, long expectedVersion);

    Optional<NewsItem> find(UUID id);

    /** Newest first; {@code rubric} null means every rubric. */
    List<NewsItem> of(UUID organizationId, String rubric);

    /**
     * The newest items of a place, newest first: of one organization, or of every organization of a municipality or
     * of a region (the narrowest non-null id wins).
     */
    List<NewsItem> latestIn(UUID regionId, UUID municipalityId, UUID organizationId, int limit);

    void plan(ContentPlanEntry entry);

    Optional<ContentPlanEntry> planEntry(UUID id);

    /** Marks the entry fulfilled by the news item; false if it was fulfilled already. */
    boolean fulfil(UUID planEntryId, UUID newsId);

    /** By planned date. */
    List<ContentPlanEntry> plan(UUID organizationId);
}
