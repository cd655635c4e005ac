package ru.nastavnik.platform.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.observability.TraceContexts;

/**
 * Sends committed outbox rows to Kafka in commit order and marks them published once the broker has
 * acknowledged them (acks=all, idempotent producer). When Kafka is unreachable it keeps the rows and
 * retries with back-off: a stopped broker delays events, it never loses them. The rows of a batch are sent without
 * waiting for each acknowledgement (the idempotent producer keeps their order per partition) and then awaited in order;
 * only the acknowledged prefix is marked, so after a failure the rest is sent again (at least once, as always). With several instances of
 * a service, one relays at a time (a transaction-scoped advisory lock): two relays taking rows side by side
 * could send one aggregate's events out of order.
 */
public class OutboxRelay extends RelayWorker {

    /** Advisory lock key of the relay, the same in every instance of a service (its database is its own). */
    public static final long RELAY_LOCK = 0x4e41535441564e4bL; // "NASTAVNK"

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TraceContexts traces;
    private final String source;

    private Instant lastCleanup = Instant.EPOCH;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
            TraceContexts traces, OutboxProperties properties, String source) {
        super(properties, "outbox-relay");
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.traces = traces;
        this.source = source;
    }

    /** Relays one batch; returns how many events were acknowledged. Exposed for tests and benchmarks. */
    public BatchResult relayBatch() {
        BatchResult result = transactions.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", RELAY_LOCK)
                    .query(Boolean.class).single())) {
                return new BatchResult(0, 0, null); // another instance is relaying; it keeps the order
            }
            List<OutboxRecord> rows = new ArrayList<>();
            List<Long> positions = new ArrayList<>();
            jdbc.sql("""
                    SELECT position, event_id, topic, event_key, event_type, subject, payload, traceparent, occurred_at
                    FROM platform_outbox WHERE published_at IS NULL
                    ORDER BY position LIMIT :limit FOR UPDATE
                    """)
                    .param("limit", properties.batchSize())
                    .query(rs -> {
                        positions.add(rs.getLong("position"));
                        rows.add(new OutboxRecord(rs.getObject("event_id", UUID.class).toString(),
                                rs.getString("topic"), rs.getString("event_key"), rs.getString("event_type"),
                                rs.getString("subject"), rs.getBytes("payload"), rs.getString("traceparent"),
                                rs.getTimestamp("occurred_at").toInstant()));
                    });
            List<Long> sent = new ArrayList<>(rows.size());
            RuntimeException failure = null;
            // Sent one after another without waiting (a staff-list import writes thousands of events at once), then
            // awaited in order: a row counts as relayed only when it and every row before it were acknowledged.
            List<CompletableFuture<?>> acknowledgements = new ArrayList<>(rows.size());
            for (OutboxRecord row : rows) {
                try {
                    acknowledgements.add(send(row));
                } catch (RuntimeException e) {
                    failure = e;
                    break;
                }
            }
            long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
            for (int i = 0; i < acknowledgements.size(); i++) {
                try {
                    acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    sent.add(positions.get(i));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new OutboxRelayException("Interrupted while sending to Kafka", e);
                    break;
                } catch (Exception e) {
                    // Stop at the first failure: later rows may belong to the same aggregate and must not overtake.
                    failure = new OutboxRelayException("Kafka did not acknowledge event " + rows.get(i).eventId(), e);
                    break;
                }
            }
            if (!sent.isEmpty()) {
                jdbc.sql("UPDATE platform_outbox SET published_at = now() WHERE position = ANY(:positions)")
                        .param("positions", sent.toArray(Long[]::new))
                        .update();
            }
            return new BatchResult(rows.size(), sent.size(), failure);
        });
        return result == null ? new BatchResult(0, 0, null) : result;
    }

    @Override
    protected Pass relayPass() {
        BatchResult result = relayBatch();
        return result.failure() != null ? Pass.failed(result.failure())
                : Pass.done(result.fetched() >= properties.batchSize());
    }

    private CompletableFuture<?> send(OutboxRecord row) {
        ProducerRecord<String, byte[]> record = row.toProducerRecord(source);
        // Continue the trace of the request that caused the event, so one trace spans producer and consumers.
        List<CompletableFuture<?>> acknowledgement = new ArrayList<>(1);
        traces.runAsChildOf(row.traceparent(), "outbox relay " + row.type(), record.headers(), () -> {
            try {
                acknowledgement.add(kafka.send(record));
            } catch (RuntimeException e) {
                throw new OutboxRelayException("Kafka did not accept event " + row.eventId(), e);
            }
        });
        return acknowledgement.getFirst();
    }

    /** How many published rows were removed; they are kept for a while to help investigations. */
    public int deletePublishedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM platform_outbox WHERE published_at IS NOT NULL AND published_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    public long pendingCount() {
        return jdbc.sql("SELECT count(*) FROM platform_outbox WHERE published_at IS NULL").query(Long.class).single();
    }

    @Override
    protected void afterPass() {
        Instant now = Instant.now();
        if (lastCleanup.plus(Duration.ofMinutes(5)).isBefore(now)) {
            lastCleanup = now;
            deletePublishedBefore(now.minus(properties.retention()));
        }
    }

    /** fetched: rows read; sent: rows acknowledged; failure: why the batch stopped early, if it did. */
    public record BatchResult(int fetched, int sent, RuntimeException failure) {
    }

    static class OutboxRelayException extends RuntimeException {
        OutboxRelayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
