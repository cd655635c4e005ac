package ru.nastavnik.platform.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import ru.nastavnik.events.CloudEventHeaders;
import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.IntegrationEvent;

/**
 * Plain Kafka clients for tests: what a foreign producer or an outside observer does, bypassing the
 * service under test, so that a test can deliver exact bytes (golden samples, duplicates, poison) and
 * read exactly what was published.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** Publishes the event as a producer service would; returns its new CloudEvents id. */
    public static String publish(String bootstrapServers, IntegrationEvent event) {
        String id = UUID.randomUUID().toString();
        Class<? extends IntegrationEvent> type = event.getClass();
        send(bootstrapServers, EventCatalog.topicOf(type), event.aggregateId(), EventCodec.standard().encode(event),
                cloudEventHeaders(id, EventCatalog.typeOf(type)));
        return id;
    }

    /** Sends the given bytes on the topic of the given type, as that type, with the given event id. */
    public static void sendRaw(String bootstrapServers, String key, byte[] body, String eventId, String type) {
        String topic = EventCatalog.standard().classOf(type).map(EventCatalog::topicOf)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
        send(bootstrapServers, topic, key, body, cloudEventHeaders(eventId, type));
    }

    /** CloudEvents binary-mode headers; a null type leaves ce_type out, as a broken producer would. */
    public static RecordHeaders cloudEventHeaders(String id, String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "/tests".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(StandardCharsets.UTF_8));
        if (type != null) {
            headers.add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    public static void send(String bootstrapServers, String topic, String key, byte[] value, RecordHeaders headers) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending a test record", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send a test record to " + topic, e);
        }
    }

    /** Reads the topic from the beginning until {@code wanted} records match, or the timeout passes. */
    public static List<ConsumerRecord<String, byte[]>> read(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> matching, int wanted, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-observer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < wanted && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
