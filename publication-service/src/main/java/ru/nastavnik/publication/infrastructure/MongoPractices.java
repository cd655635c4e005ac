package ru.nastavnik.publication.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

import jakarta.annotation.PostConstruct;
import ru.nastavnik.publication.domain.Author;
import ru.nastavnik.publication.domain.Practice;
import ru.nastavnik.publication.domain.PracticeContent;
import ru.nastavnik.publication.domain.PracticeFilter;
import ru.nastavnik.publication.domain.PracticeSearch;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.PracticeStatus;
import ru.nastavnik.publication.domain.Practices;
import ru.nastavnik.publication.domain.SearchPage;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Practices in MongoDB, one document each: the practice's state as JSON under {@code state}, beside it the fields
 * queries filter on (ids as strings, the same under any UUID codec), the search stems and the outbox. Every write is
 * one document operation conditioned on the version, so it is atomic and optimistic on any MongoDB.
 */
@Repository
class MongoPractices implements Practices {

    static final String COLLECTION = "practices";

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final MongoOutboxRelay relay;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    MongoPractices(MongoTemplate mongo, MongoOutbox outbox, MongoOutboxRelay relay) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
    }

    @PostConstruct
    void indexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("stems", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("regionId", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("sortKey", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("authorIds", Sort.Direction.ASC));
    }

    @Override
    public void insert(Practice practice) {
        Document document = new Document("_id", practice.id().toString());
        fields(practice.state()).forEach(document::append);
        document.append(MongoOutbox.FIELD, outbox.entries(practice.events(), practice.state().updatedAt()));
        mongo.insert(document, COLLECTION);
        wakeRelayIfNeeded(practice);
    }

    @Override
    public boolean update(Practice practice, long expectedVersion) {
        Update update = new Update();
        fields(practice.state()).forEach(update::set);
        List<Document> events = outbox.entries(practice.events(), practice.state().updatedAt());
        if (!events.isEmpty()) {
            update.push(MongoOutbox.FIELD).each(events.toArray());
        }
        UpdateResult result = mongo.updateFirst(Query.query(Criteria.where("_id").is(practice.id().toString())
                .and("version").is(expectedVersion)), update, COLLECTION);
        if (result.getMatchedCount() == 0) {
            return false;
        }
        wakeRelayIfNeeded(practice);
        return true;
    }

    @Override
    public Optional<Practice> find(UUID id) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id.toString())), Document.class,
                COLLECTION)).map(this::practice);
    }

    @Override
    public List<Practice> list(PracticeFilter filter) {
        Criteria criteria = Criteria.where("regionId").is(filter.regionId().toString());
        if (filter.municipalityId() != null) {
            criteria.and("municipalityId").is(filter.municipalityId().toString());
        }
        if (filter.organizationId() != null) {
            criteria.and("organizationId").is(filter.organizationId().toString());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status().name());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "sortKey")).limit(500);
        return mongo.find(query, Document.class, COLLECTION).stream().map(this::practice).toList();
    }

    @Override
    public List<UUID> authoredBy(UUID personId) {
        Query query = Query.query(Criteria.where("authorIds").is(personId.toString()));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> UUID.fromString(d.getString("_id"))).toList();
    }

    @Override
    public SearchPage<Practice> search(PracticeSearch search) {
        List<Criteria> all = new ArrayList<>();
        PracticeSearch.Visibility visibility = search.visibility();
        all.add(Criteria.where("regionId").is(visibility.regionId().toString()));
        if (!visibility.wholeRegion()) {
            List<Criteria> visible = new ArrayList<>();
            visible.add(Criteria.where("status").is(PracticeStatus.PUBLISHED.name()));
            if (visibility.municipalityId() != null) {
                visible.add(Criteria.where("municipalityId").is(visibility.municipalityId().toString()));
            }
            if (visibility.organizationIds() != null && !visibility.organizationIds().isEmpty()) {
                visible.add(Criteria.where("organizationId").in(visibility.organizationIds().stream().map(UUID::toString).toList()));
            }
            all.add(new Criteria().orOperator(visible));
        }
        List<String> stems = RussianStems.of(search.text());
        if (!stems.isEmpty()) {
            all.add(Criteria.where("stems").all(stems));
        }
        if (search.form() != null) {
            all.add(Criteria.where("form").is(search.form().name()));
        }
        if (search.subject() != null && !search.subject().isBlank()) {
            all.add(Criteria.where("subjectKeys").is(search.subject().toLowerCase(Locale.ROOT).replace('ё', 'е')));
        }
        if (search.level() != null) {
            all.add(Criteria.where("level").is(search.level().name()));
        }
        if (search.organizationId() != null) {
            all.add(Criteria.where("organizationId").is(search.organizationId().toString()));
        }
        Query query = Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by(Sort.Direction.DESC, "sortKey")).skip((long) search.page() * search.size()).limit(search.size());
        List<Practice> items = mongo.find(query, Document.class, COLLECTION).stream().map(this::practice).toList();
        return new SearchPage<>(items, total, search.page(), search.size());
    }

    private Document fields(PracticeState state) {
        PracticeContent content = state.content();
        List<String> texts = new ArrayList<>(List.of(content.title(), content.summary(), plain(content.problem()),
                plain(content.solution()), plain(content.results())));
        texts.addAll(content.tags());
        return new Document("state", Document.parse(json.writeValueAsString(state)))
                .append("version", state.version())
                .append("regionId", state.regionId().toString())
                .append("municipalityId", state.municipalityId().toString())
                .append("organizationId", state.organizationId().toString())
                .append("status", state.status().name())
                .append("level", state.status().level().name())
                .append("form", content.form() == null ? null : content.form().name())
                .append("subjectKeys", content.subjects().stream()
                        .map(s -> s.toLowerCase(Locale.ROOT).replace('ё', 'е')).toList())
                .append("authorIds", state.authors().stream().map(Author::personId).filter(id -> id != null)
                        .map(UUID::toString).toList())
                .append("stems", RussianStems.of(texts))
                .append("sortKey", state.updatedAt().toEpochMilli());
    }

    private Practice practice(Document document) {
        Document state = document.get("state", Document.class);
        return Practice.restore(json.readValue(state.toJson(RELAXED), PracticeState.class));
    }

    private static String plain(String html) {
        return org.jsoup.Jsoup.parse(html == null ? "" : html).text();
    }

    private void wakeRelayIfNeeded(Practice practice) {
        if (!practice.events().isEmpty()) {
            relay.wakeUp();
        }
    }

}
