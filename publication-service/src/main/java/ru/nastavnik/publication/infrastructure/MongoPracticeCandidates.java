package ru.nastavnik.publication.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import ru.nastavnik.publication.domain.PracticeCandidate;
import ru.nastavnik.publication.domain.PracticeCandidates;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Candidates keyed by programme id: inserting one twice is a duplicate key, i.e. nothing new. */
@Repository
class MongoPracticeCandidates implements PracticeCandidates {

    static final String COLLECTION = "practice_candidates";

    private final MongoTemplate mongo;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    MongoPracticeCandidates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean suggest(PracticeCandidate candidate) {
        Document document = Document.parse(json.writeValueAsString(candidate));
        document.append("_id", candidate.programmeId().toString());
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadySuggested) {
            return false;
        }
    }

    @Override
    public Optional<PracticeCandidate> find(UUID programmeId) {
        return Optional.ofNullable(mongo.findOne(byId(programmeId), Document.class, COLLECTION)).map(this::candidate);
    }

    @Override
    public List<PracticeCandidate> of(UUID organizationId, PracticeCandidate.Status status) {
        Query query = Query.query(Criteria.where("organizationId").is(organizationId.toString()).and("status").is(status.name()))
                .with(Sort.by(Sort.Direction.DESC, "completedOn")).limit(500);
        return mongo.find(query, Document.class, COLLECTION).stream().map(this::candidate).toList();
    }

    @Override
    public boolean decide(UUID programmeId, PracticeCandidate.Status status, UUID practiceId) {
        Query suggested = Query.query(Criteria.where("_id").is(programmeId.toString())
                .and("status").is(PracticeCandidate.Status.SUGGESTED.name()));
        return mongo.updateFirst(suggested, new Update().set("status", status.name())
                .set("practiceId", practiceId == null ? null : practiceId.toString()), COLLECTION).getModifiedCount() == 1;
    }

    private PracticeCandidate candidate(Document document) {
        document.remove("_id");
        return json.readValue(document.toJson(), PracticeCandidate.class);
    }

    private static Query byId(UUID programmeId) {
        return Query.query(Criteria.where("_id").is(programmeId.toString()));
    }
}
