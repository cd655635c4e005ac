package ru.nastavnik.platform.kafka;

import org.apache.kafka.common.serialization.Serializer;

import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.IntegrationEvent;

/** Writes an event back as its JSON body; used when a consumer parks a record on a dead-letter topic. */
public class CloudEventSerializer implements Serializer<IntegrationEvent> {

    private final EventCodec codec = EventCodec.standard();

    @Override
    public byte[] serialize(String topic, IntegrationEvent event) {
        return event == null ? null : codec.encode(event);
    }
}
