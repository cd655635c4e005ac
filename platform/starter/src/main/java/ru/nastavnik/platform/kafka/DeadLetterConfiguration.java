package ru.nastavnik.platform.kafka;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.ExponentialBackOff;

import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.MalformedEventException;
import ru.nastavnik.events.Topics;

/**
 * How consumers fail: a transient error is retried with exponential back-off; after the last try, or at
 * once for a record that can never be read, the record goes to {@code <topic>.DLT} with its headers and
 * the partition moves on.
 */
public final class DeadLetterConfiguration {

    private DeadLetterConfiguration() {
    }

    public static DefaultErrorHandler errorHandler(KafkaProperties properties, ConsumerRetryProperties retry) {
        Map<String, Object> producer = properties.buildProducerProperties();
        // Raw bytes for records that failed to deserialize, the event's JSON for records whose handler failed.
        Map<Class<?>, Serializer<?>> byType = Map.of(
                byte[].class, new ByteArraySerializer(),
                IntegrationEvent.class, new CloudEventSerializer());
        DefaultKafkaProducerFactory<Object, Object> factory = new DefaultKafkaProducerFactory<>(producer,
                new DelegatingByTypeSerializer(Map.of(String.class, new StringSerializer(), byte[].class, new ByteArraySerializer())),
                new DelegatingByTypeSerializer(byType, true));
        KafkaTemplate<Object, Object> template = new KafkaTemplate<>(factory);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));

        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(retry.maxAttempts());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
