package ru.nastavnik.publication.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import ru.nastavnik.publication.domain.Contest;
import ru.nastavnik.publication.domain.Contests;

/** One document per contest, replaced whole under a version condition. */
@Repository
class MongoContests implements Contests {

    static final String COLLECTION = "contests";

    private final MongoTemplate mongo;

    MongoContests(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Contest contest) {
        mongo.insert(document(contest), COLLECTION);
    }

    @Override
    public boolean update(Contest contest, long expectedVersion) {
        return mongo.getCollection(COLLECTION).replaceOne(new Document("_id", contest.id().toString())
                .append("version", expectedVersion), document(contest)).getMatchedCount() == 1;
    }

    @Override
    public Optional<Contest> find(UUID id) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id.toString())), Document.class,
                COLLECTION)).map(MongoContests::contest);
    }

    @Override
    public List<Contest> ofRegion(UUID regionId) {
        return mongo.find(Query.query(Criteria.where("regionId").is(regionId.toString()))
                .with(Sort.by(Sort.Direction.DESC, "updatedAt")).limit(200), Document.class, COLLECTION)
                .stream().map(MongoContests::contest).toList();
    }

    private static Document document(Contest contest) {
        return JsonDocuments.toDocument(contest).append("_id", contest.id().toString()).append("version", contest.version());
    }

    private static Contest contest(Document document) {
        document.remove("_id");
        return JsonDocuments.fromDocument(document, Contest.class);
    }
}
