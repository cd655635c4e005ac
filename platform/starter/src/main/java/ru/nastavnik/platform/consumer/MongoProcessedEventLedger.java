package ru.nastavnik.platform.consumer;

import java.time.Instant;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Ledger for MongoDB stores. Our MongoDB may have no multi-document transactions (the embedded wire
 * server has none), so the entry is written after the action: a crash between the two replays the event,
 * which handlers absorb with their own state guards (upserts keyed by aggregate id).
 */
public class MongoProcessedEventLedger implements ProcessedEventLedger {

    static final String COLLECTION = "platform_processed_events";

    private final MongoTemplate mongo;

    public MongoProcessedEventLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean runOnce(String consumer, String eventId, Runnable action) {
        String id = consumer + "/" + eventId;
        if (mongo.exists(Query.query(Criteria.where("_id").is(id)), COLLECTION)) {
            return false;
        }
        action.run();
        try {
            mongo.insert(new Document("_id", id).append("processedAt", java.util.Date.from(Instant.now())), COLLECTION);
        } catch (DuplicateKeyException alreadyRecorded) {
            // A concurrent delivery got there first; its effect and ours are the same upsert.
        }
        return true;
    }
}
