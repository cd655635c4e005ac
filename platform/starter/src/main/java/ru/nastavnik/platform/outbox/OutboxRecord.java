package ru.nastavnik.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import ru.nastavnik.events.CloudEventHeaders;

/**
 * One stored event on its way to Kafka, whatever store it waited in: the record every relay sends, in CloudEvents
 * binary mode (ce_* headers, JSON payload, the aggregate's id as key). One place, so the PostgreSQL and MongoDB relays
 * can never put different headers on the wire.
 */
public record OutboxRecord(String eventId, String topic, String key, String type, String subject, byte[] payload,
        String traceparent, Instant occurredAt) {

    /** The Kafka record, with {@code source} as ce_source (the producing service). */
    public ProducerRecord<String, byte[]> toProducerRecord(String source) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(occurredAt));
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.SUBJECT, subject);
        return new ProducerRecord<>(topic, null, key, payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
