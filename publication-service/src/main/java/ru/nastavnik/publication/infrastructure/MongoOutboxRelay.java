package ru.nastavnik.publication.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import ru.nastavnik.platform.observability.TraceContexts;
import ru.nastavnik.platform.outbox.OutboxProperties;
import ru.nastavnik.platform.outbox.OutboxRecord;
import ru.nastavnik.platform.outbox.RelayWorker;

/**
 * Relays the events stored in documents' {@code outbox} arrays to Kafka, with the same CloudEvents headers as the
 * starter's PostgreSQL relay. Per document the events go in array order, each awaited before the next; an entry is
 * removed only after Kafka acknowledged it (acks=all), so a stopped broker delays events and never loses them. A crash
 * between the acknowledgement and the removal sends that event again with the same {@code ce_id}: at least once,
 * which consumers' processed-event ledgers turn into effectively once. With several instances, one relays at a time
 * (a lease document in MongoDB).
 */
@Component
class MongoOutboxRelay extends RelayWorker {

    private static final Logger log = LoggerFactory.getLogger(MongoOutboxRelay.class);

    /** Collections whose documents carry an outbox. */
    static final List<String> COLLECTIONS = List.of(MongoPractices.COLLECTION);

    static final String LEASES = "platform_outbox_lease";
    private static final String LEASE_ID = "relay";
    /** Longer than one send may take (the send timeout), so a live relay never loses its lease between renewals. */
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final String instance = UUID.randomUUID().toString();

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TraceContexts traces;
    private final String source;

    MongoOutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, TraceContexts traces,
            OutboxProperties properties, Environment environment) {
        super(properties, "mongo-outbox-relay");
        this.mongo = mongo;
        this.kafka = kafka;
        this.traces = traces;
        this.source = "/nastavnik/" + environment.getProperty("spring.application.name", "publication-service");
    }

    /**
     * Takes or prolongs the relay lease: one instance of the service relays at a time, since two relaying side by
     * side could send one practice's events out of order. The lease is a document whose owner may change only when it
     * is the asker or has expired; another owner's live lease makes the upsert a duplicate key, i.e. "not yours".
     */
    boolean holdLease() {
        Date now = new Date();
        Query mineOrExpired = Query.query(Criteria.where("_id").is(LEASE_ID)
                .orOperator(Criteria.where("owner").is(instance), Criteria.where("until").lt(now)));
        try {
            mongo.upsert(mineOrExpired, new Update().set("owner", instance)
                    .set("until", new Date(now.getTime() + LEASE.toMillis())), LEASES);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /**
     * Sends what is pending; returns how many events Kafka acknowledged (0 while another instance holds the lease).
     * Stops at the first failure. The lease is renewed before every send, so it outlives the send timeout.
     */
    int relayPending() {
        int sent = 0;
        if (!holdLease()) {
            return 0;
        }
        for (String collection : COLLECTIONS) {
            Query pending = Query.query(Criteria.where(MongoOutbox.FIELD + ".0").exists(true)).limit(properties.batchSize());
            pending.fields().include(MongoOutbox.FIELD);
            for (Document document : mongo.find(pending, Document.class, collection)) {
                for (Document entry : document.getList(MongoOutbox.FIELD, Document.class)) {
                    if (!holdLease()) {
                        return sent;
                    }
                    send(entry);
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                            new Update().pull(MongoOutbox.FIELD, new Document("eventId", entry.getString("eventId"))),
                            collection);
                    sent++;
                }
            }
        }
        return sent;
    }

    @Override
    protected Pass relayPass() {
        try {
            relayPending();
            return Pass.done(false);
        } catch (RuntimeException e) {
            return Pass.failed(e);
        }
    }

    private void send(Document entry) {
        OutboxRecord event = new OutboxRecord(entry.getString("eventId"), entry.getString("topic"),
                entry.getString("key"), entry.getString("type"), entry.getString("subject"),
                entry.getString("payload").getBytes(StandardCharsets.UTF_8), entry.getString("traceparent"),
                entry.get("occurredAt", Date.class).toInstant());
        var record = event.toProducerRecord(source);
        traces.runAsChildOf(event.traceparent(), "outbox relay " + event.type(), record.headers(), () -> {
            try {
                kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while relaying " + event.eventId(), e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge " + event.eventId(), e);
            }
        });
    }

    @Override
    protected void afterStop() {
        try {
            // The next instance need not wait for the lease to expire.
            mongo.remove(Query.query(Criteria.where("_id").is(LEASE_ID).and("owner").is(instance)), LEASES);
        } catch (RuntimeException e) {
            log.warn("Could not release the outbox relay lease; it expires by itself: {}", e.getClass().getSimpleName());
        }
    }
}
