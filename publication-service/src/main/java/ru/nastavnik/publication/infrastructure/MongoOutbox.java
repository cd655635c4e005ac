package ru.nastavnik.publication.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.platform.observability.TraceContexts;

/**
 * The MongoDB side of the outbox. An aggregate's outgoing events are stored in an {@code outbox} array inside the
 * aggregate's own document, in the same single-document write as the state change: the write is atomic on every
 * MongoDB (the embedded wire server has no multi-document transactions), so an event exists if and only if its
 * state change does. {@link MongoOutboxRelay} sends them and removes each one once Kafka acknowledged it.
 */
@Component
class MongoOutbox {

    static final String FIELD = "outbox";

    private final EventCodec codec;
    private final TraceContexts traces;

    MongoOutbox(EventCodec codec, TraceContexts traces) {
        this.codec = codec;
        this.traces = traces;
    }

    List<Document> entries(List<IntegrationEvent> events, java.time.Instant now) {
        return events.stream().map(event -> {
            Class<? extends IntegrationEvent> type = event.getClass();
            return new Document("eventId", UUID.randomUUID().toString())
                    .append("topic", EventCatalog.topicOf(type))
                    .append("key", event.aggregateId())
                    .append("type", EventCatalog.typeOf(type))
                    .append("subject", event.aggregateId())
                    .append("payload", new String(codec.encode(event), StandardCharsets.UTF_8))
                    .append("traceparent", traces.currentTraceparent().orElse(null))
                    .append("occurredAt", Date.from(now));
        }).toList();
    }
}
