package ru.nastavnik.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.MalformedEventException;

/** Reading CloudEvents attributes from Kafka records. */
public final class EventRecords {

    private EventRecords() {
    }

    public static Optional<String> header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    public static String eventId(ConsumerRecord<?, ?> record) {
        return header(record.headers(), CloudEventHeaders.ID)
                .orElseThrow(() -> new MalformedEventException("Record on " + record.topic() + " has no ce_id header"));
    }

    public static String eventType(ConsumerRecord<?, ?> record) {
        return header(record.headers(), CloudEventHeaders.TYPE).orElse("unknown");
    }
}
