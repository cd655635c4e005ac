package ru.nastavnik.platform.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.platform.observability.TraceContexts;

/** Writes events into the {@code platform_outbox} table of the service's own PostgreSQL database. */
public class OutboxEventPublisher implements IntegrationEventPublisher {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final TraceContexts traces;
    private final OutboxRelay relay;
    private final Clock clock;

    public OutboxEventPublisher(JdbcClient jdbc, EventCodec codec, TraceContexts traces, OutboxRelay relay, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.traces = traces;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public void publish(IntegrationEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Integration events are published only inside a transaction");
        }
        Class<? extends IntegrationEvent> type = event.getClass();
        jdbc.sql("""
                INSERT INTO platform_outbox (event_id, topic, event_key, event_type, subject, payload, traceparent, occurred_at)
                VALUES (:eventId, :topic, :key, :type, :subject, :payload, :traceparent, :occurredAt)
                """)
                .param("eventId", UUID.randomUUID())
                .param("topic", EventCatalog.topicOf(type))
                .param("key", event.aggregateId())
                .param("type", EventCatalog.typeOf(type))
                .param("subject", event.aggregateId())
                .param("payload", codec.encode(event))
                .param("traceparent", traces.currentTraceparent().orElse(null))
                .param("occurredAt", Timestamp.from(clock.instant()))
                .update();
        // Relay right after commit instead of waiting for the next poll: keeps end-to-end latency low.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }
}
