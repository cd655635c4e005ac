package ru.nastavnik.publication.infrastructure;

import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.publication.domain.MentorCompletion;
import ru.nastavnik.publication.domain.MentorCompletions;

/**
 * Completions keyed by programme in {@code mentor_completions}; the people who withdrew a consent in
 * {@code mentor_withdrawals} (an id only), so that a completion read after the withdrawal does not bring them back.
 */
@Repository
class MongoMentorCompletions implements MentorCompletions {

    static final String COLLECTION = "mentor_completions";
    static final String WITHDRAWALS = "mentor_withdrawals";

    private final MongoTemplate mongo;

    MongoMentorCompletions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(MentorCompletion completion) {
        UUID mentor = completion.mentorId();
        if (withdrawn(mentor)) {
            return;
        }
        try {
            mongo.insert(new Document("_id", completion.programmeId().toString())
                    .append("mentorId", mentor.toString())
                    .append("organizationId", completion.organizationId().toString())
                    .append("municipalityId", completion.municipalityId().toString())
                    .append("regionId", completion.regionId().toString())
                    .append("academicYear", completion.year().startYear())
                    .append("completedOn", completion.completedOn().toString()), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            return;
        }
        // A withdrawal handled by the other consumer between the check and the insert: honour it.
        if (withdrawn(mentor)) {
            mongo.remove(ofMentor(mentor), COLLECTION);
        }
    }

    @Override
    public void forget(UUID personId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(personId.toString())),
                new org.springframework.data.mongodb.core.query.Update().set("withdrawn", true), WITHDRAWALS);
        mongo.remove(ofMentor(personId), COLLECTION);
    }

    @Override
    public void remember(UUID personId) {
        mongo.remove(Query.query(Criteria.where("_id").is(personId.toString())), WITHDRAWALS);
    }

    @Override
    public List<UUID> mentors(UUID organizationId, AcademicYear year) {
        Query query = Query.query(Criteria.where("organizationId").is(organizationId.toString())
                .and("academicYear").is(year.startYear()));
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> d.getString("mentorId")).distinct().sorted().map(UUID::fromString).toList();
    }

    private boolean withdrawn(UUID personId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(personId.toString())), WITHDRAWALS);
    }

    private static Query ofMentor(UUID personId) {
        return Query.query(Criteria.where("mentorId").is(personId.toString()));
    }
}
