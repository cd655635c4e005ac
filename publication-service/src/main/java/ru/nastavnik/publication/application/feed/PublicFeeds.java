package ru.nastavnik.publication.application.feed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.publication.domain.NewsSection;
import ru.nastavnik.publication.domain.Practice;
import ru.nastavnik.publication.domain.PracticeFilter;
import ru.nastavnik.publication.domain.PracticeStatus;
import ru.nastavnik.publication.domain.Practices;
import ru.nastavnik.publication.domain.PublishingOrganization;
import ru.nastavnik.publication.domain.PublishingOrganizations;

/**
 * The public feeds of an organization, a municipality or a region: its published practices and its news, newest
 * first, anonymous. Rendered once and served many times: the bytes of each feed stay in memory until a use case
 * reports a change of public content ({@link PublicContentChanged}) or, as a safety net for changes made by another
 * instance of the service, until a short time to live has passed.
 */
@Service
public class PublicFeeds {

    /** Entries per feed: a feed reader or a widget shows the latest few; the bank's search has the rest. */
    public static final int LIMIT = 50;

    private final Practices practices;
    private final NewsSection news;
    private final PublishingOrganizations organizations;
    private final Map<FeedFormat, FeedWriter> writers = new EnumMap<>(FeedFormat.class);
    private final String baseUrl;
    private final Duration timeToLive;
    private final Clock clock;

    private final Map<Key, Cached> rendered = new ConcurrentHashMap<>();
    /** Raised by every change; a rendering started before a change is not kept. */
    private final AtomicLong generation = new AtomicLong();

    public PublicFeeds(Practices practices, NewsSection news, PublishingOrganizations organizations,
            List<FeedWriter> writers, @Value("${nastavnik.feeds.public-url:http://localhost:8080}") String baseUrl,
            @Value("${nastavnik.feeds.time-to-live:PT1M}") Duration timeToLive, Clock clock) {
        this.practices = practices;
        this.news = news;
        this.organizations = organizations;
        writers.forEach(w -> this.writers.put(w.format(), w));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** {@code /public/feeds/<scope>/<id>.<extension>}; anything unknown is a 404. */
    public RenderedFeed feed(String scope, String id, String extension) {
        FeedFormat format = FeedFormat.ofFeedExtension(extension).orElseThrow(PublicFeeds::notFound);
        return rendered(scopeOf(scope), idOf(id), format);
    }

    /** {@code /public/widget/<scope>/<id>.html}: the page for an iframe. */
    public RenderedFeed page(String scope, String id) {
        return rendered(scopeOf(scope), idOf(id), FeedFormat.HTML);
    }

    @EventListener
    void publicContentChanged(PublicContentChanged change) {
        generation.incrementAndGet();
        rendered.clear();
    }

    private RenderedFeed rendered(FeedScope scope, UUID id, FeedFormat format) {
        Key key = new Key(scope, id, format);
        long current = generation.get();
        Instant now = clock.instant();
        Cached cached = rendered.get(key);
        if (cached != null && cached.generation() == current && now.isBefore(cached.expires())) {
            return cached.feed();
        }
        Place place = place(scope, id).orElseThrow(PublicFeeds::notFound);
        RenderedFeed feed = render(build(place), format);
        if (generation.get() == current) {
            rendered.put(key, new Cached(feed, current, now.plus(timeToLive)));
        }
        return feed;
    }

    private record Key(FeedScope scope, UUID id, FeedFormat format) {
    }

    private record Cached(RenderedFeed feed, long generation, Instant expires) {
    }

    /** The feed's place as the organization directory's projection knows it; empty when it knows nothing of it. */
    private record Place(FeedScope scope, UUID id, String name, UUID regionId, UUID municipalityId, UUID organizationId) {
    }

    private Optional<Place> place(FeedScope scope, UUID id) {
        return switch (scope) {
            case ORGANIZATIONS -> organizations.of(id)
                    .map(o -> new Place(scope, id, nameOr(o.name(), "Образовательная организация"), o.regionId(),
                            o.municipalityId(), id));
            case MUNICIPALITIES -> organizations.anyInMunicipality(id)
                    .map(o -> new Place(scope, id, nameOr(o.municipalityName(), "Муниципалитет"), o.regionId(), id, null));
            case REGIONS -> organizations.anyInRegion(id)
                    .map(o -> new Place(scope, id, nameOr(o.regionName(), "Регион"), id, null, null));
        };
    }

    private Feed build(Place place) {
        List<FeedEntry> entries = new ArrayList<>();
        practices.list(new PracticeFilter(place.regionId(), place.municipalityId(), place.organizationId(),
                PracticeStatus.PUBLISHED)).stream()
                .map(Practice::state)
                .limit(LIMIT)
                .map(FeedEntries::of)
                .forEach(entries::add);
        news.latestIn(place.regionId(), place.municipalityId(), place.organizationId(), LIMIT).stream()
                .map(FeedEntries::of)
                .forEach(entries::add);
        List<FeedEntry> newest = entries.stream()
                .sorted(Comparator.comparing(FeedEntry::published).thenComparing(FeedEntry::updated)
                        .thenComparing(FeedEntry::id).reversed())
                .limit(LIMIT).toList();
        Instant updated = newest.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(null);
        String title = "Наставничество — " + place.name() + ": практики и новости";
        String subtitle = switch (place.scope()) {
            case ORGANIZATIONS -> "Опубликованные практики наставничества и новости раздела «Наставничество» организации «"
                    + place.name() + "».";
            case MUNICIPALITIES -> "Опубликованные практики наставничества и новости организаций муниципалитета «"
                    + place.name() + "».";
            case REGIONS -> "Опубликованные практики наставничества и новости организаций региона «" + place.name() + "».";
        };
        return new Feed(place.scope(), place.id(), title, subtitle, place.name(), updated, newest,
                new FeedLinks(baseUrl, place.scope(), place.id()));
    }

    private RenderedFeed render(Feed feed, FeedFormat format) {
        byte[] bytes = writers.get(format).write(feed);
        return new RenderedFeed(format, bytes, etagOf(bytes), feed.updated());
    }

    /** A strong validator: the SHA-256 of the very bytes served (shortened; collisions are not a concern here). */
    private static String etagOf(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FeedScope scopeOf(String scope) {
        return FeedScope.ofPath(scope).orElseThrow(PublicFeeds::notFound);
    }

    private static UUID idOf(String id) {
        // UUID.fromString also accepts shortened forms such as "1-2-3-4-5": only the 36-character spelling is an address.
        if (id.length() != 36) {
            throw notFound();
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("FEED_NOT_FOUND", "Такой публичной ленты нет.");
    }
}
