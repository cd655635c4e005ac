package ru.nastavnik.platform.kafka;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.MalformedEventException;

/**
 * Reads a CloudEvents binary-mode record into its integration event by the {@code ce_type} header.
 * Configured as the delegate of Spring Kafka's ErrorHandlingDeserializer: whatever it throws turns the
 * record into a poison message that goes straight to the dead-letter topic instead of blocking the partition.
 */
public class CloudEventDeserializer implements Deserializer<IntegrationEvent> {

    private final EventCodec codec = EventCodec.standard();

    @Override
    public IntegrationEvent deserialize(String topic, byte[] data) {
        throw new MalformedEventException("Record without headers on " + topic + ": no ce_type");
    }

    @Override
    public IntegrationEvent deserialize(String topic, Headers headers, byte[] data) {
        String type = EventRecords.header(headers, CloudEventHeaders.TYPE)
                .orElseThrow(() -> new MalformedEventException("Record on " + topic + " has no ce_type header"));
        if (data == null) {
            throw new MalformedEventException("Record on " + topic + " of type " + type + " has no body");
        }
        return codec.decode(type, data);
    }
}
