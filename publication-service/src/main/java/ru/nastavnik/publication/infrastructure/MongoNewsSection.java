package ru.nastavnik.publication.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import ru.nastavnik.publication.domain.ContentPlanEntry;
import ru.nastavnik.publication.domain.NewsItem;
import ru.nastavnik.publication.domain.NewsSection;

/** News items and content plan entries, one document each. Dates are ISO strings, so they sort as dates. */
@Repository
class MongoNewsSection implements NewsSection {

    static final String NEWS = "news";
    static final String PLAN = "content_plan";

    private final MongoTemplate mongo;

    MongoNewsSection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(NewsItem item) {
        mongo.insert(JsonDocuments.toDocument(item).append("_id", item.id().toString()).append("version", item.version()), NEWS);
    }

    @Override
    public boolean update(NewsItem item, long expectedVersion) {
        Document replacement = JsonDocuments.toDocument(item).append("_id", item.id().toString()).append("version", item.version());
        return mongo.getCollection(NEWS).replaceOne(new Document("_id", item.id().toString()).append("version", expectedVersion),
                replacement).getMatchedCount() == 1;
    }

    @Override
    public Optional<NewsItem> find(UUID id) {
        return Optional.ofNullable(mongo.findOne(byId(id), Document.class, NEWS)).map(d -> read(d, NewsItem.class));
    }

    @Override
    public List<NewsItem> of(UUID organizationId, String rubric) {
        Criteria criteria = Criteria.where("organizationId").is(organizationId.toString());
        if (rubric != null && !rubric.isBlank()) {
            criteria.and("rubric").is(rubric.strip());
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "date")).limit(500), Document.class, NEWS)
                .stream().map(d -> read(d, NewsItem.class)).toList();
    }

    @Override
    public List<NewsItem> latestIn(UUID regionId, UUID municipalityId, UUID organizationId, int limit) {
        Criteria criteria = organizationId != null ? Criteria.where("organizationId").is(organizationId.toString())
                : municipalityId != null ? Criteria.where("municipalityId").is(municipalityId.toString())
                : Criteria.where("regionId").is(regionId.toString());
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "date", "updatedAt")).limit(limit),
                Document.class, NEWS).stream().map(d -> read(d, NewsItem.class)).toList();
    }

    @Override
    public void plan(ContentPlanEntry entry) {
        mongo.insert(JsonDocuments.toDocument(entry).append("_id", entry.id().toString()), PLAN);
    }

    @Override
    public Optional<ContentPlanEntry> planEntry(UUID id) {
        return Optional.ofNullable(mongo.findOne(byId(id), Document.class, PLAN)).map(d -> read(d, ContentPlanEntry.class));
    }

    @Override
    public boolean fulfil(UUID planEntryId, UUID newsId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(planEntryId.toString()).and("newsId").is(null)),
                new Update().set("newsId", newsId.toString()), PLAN).getModifiedCount() == 1;
    }

    @Override
    public List<ContentPlanEntry> plan(UUID organizationId) {
        return mongo.find(Query.query(Criteria.where("organizationId").is(organizationId.toString()))
                .with(Sort.by(Sort.Direction.ASC, "plannedOn")).limit(500), Document.class, PLAN)
                .stream().map(d -> read(d, ContentPlanEntry.class)).toList();
    }

    private static <T> T read(Document document, Class<T> type) {
        document.remove("_id");
        return JsonDocuments.fromDocument(document, type);
    }

    private static Query byId(UUID id) {
        return Query.query(Criteria.where("_id").is(id.toString()));
    }
}
