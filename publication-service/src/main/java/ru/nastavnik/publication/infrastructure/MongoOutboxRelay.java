package ru.nastavnik.publication.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.platform.observability.TraceContexts;
import ru.nastavnik.platform.outbox.OutboxProperties;

/**
 * Relays the events stored in documents' {@code outbox} arrays to Kafka, with the same CloudEvents headers as the
 * starter's PostgreSQL relay. Per document the events go in array order, each awaited before the next; an entry is
 * removed only after Kafka acknowledged it (acks=all), so a stopped broker delays events and never loses them. A crash
 * between the acknowledgement and the removal sends that event again with the same {@code ce_id}: at least once,
 * which consumers' processed-event ledgers turn into effectively once. With several instances, one relays at a time
 * (a lease document in MongoDB).
 */
@Component
class MongoOutboxRelay implements SmartLifecycle {

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
    private final OutboxProperties properties;
    private final String source;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean wakeRequested;
    private volatile boolean running;
    private Thread worker;

    MongoOutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, TraceContexts traces,
            OutboxProperties properties, Environment environment) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.traces = traces;
        this.properties = properties;
        this.source = "/nastavnik/" + environment.getProperty("spring.application.name", "publication-service");
    }

    void wakeUp() {
        lock.lock();
        try {
            wakeRequested = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
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

    private void releaseLease() {
        mongo.remove(Query.query(Criteria.where("_id").is(LEASE_ID).and("owner").is(instance)), LEASES);
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

    private void send(Document entry) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, entry.getString("eventId"));
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, entry.getString("type"));
        header(headers, CloudEventHeaders.TIME,
                DateTimeFormatter.ISO_INSTANT.format(entry.get("occurredAt", Date.class).toInstant()));
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.SUBJECT, entry.getString("subject"));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.getString("topic"), null,
                entry.getString("key"), entry.getString("payload").getBytes(StandardCharsets.UTF_8), headers);
        traces.runAsChildOf(entry.getString("traceparent"), "outbox relay " + entry.getString("type"), headers, () -> {
            try {
                kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while relaying " + entry.getString("eventId"), e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge " + entry.getString("eventId"), e);
            }
        });
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void loop() {
        Duration backoff = properties.initialBackoff();
        boolean outage = false;
        while (running) {
            try {
                relayPending();
                if (outage) {
                    log.info("Kafka acknowledges events again; the MongoDB outbox backlog was relayed");
                    outage = false;
                }
                backoff = properties.initialBackoff();
                await(properties.pollInterval());
            } catch (RuntimeException e) {
                if (!outage) {
                    log.warn("Outbox relay failed; events stay in their documents and are retried: {}",
                            e.getClass().getSimpleName());
                    outage = true;
                }
                await(backoff);
                backoff = backoff.multipliedBy(2).compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    private void await(Duration duration) {
        lock.lock();
        try {
            if (!wakeRequested && running) {
                wake.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("mongo-outbox-relay").daemon(true).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(properties.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            releaseLease(); // the next instance need not wait for the lease to expire
        } catch (RuntimeException e) {
            log.warn("Could not release the outbox relay lease; it expires by itself: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }
}
