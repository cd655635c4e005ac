package ru.nastavnik.monitoring.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.IntegrationEvent;
import ru.nastavnik.events.Topics;
import ru.nastavnik.events.pairing.FeedbackSubmitted;
import ru.nastavnik.events.pairing.MeetingHeld;
import ru.nastavnik.events.participant.TeachingStaffCounted;
import ru.nastavnik.monitoring.MonitoringServiceApplication;
import ru.nastavnik.monitoring.application.ConsumerGroups;
import ru.nastavnik.platform.kafka.CloudEventDeserializer;
import ru.nastavnik.platform.testkit.RealInfrastructureInitializer;
import ru.nastavnik.platform.testkit.TestEvents;
import ru.nastavnik.platform.testkit.TestInfrastructure;

/**
 * 100,000 events of a generated region (GeneratedRegion) produced to the topics of a fresh embedded Kafka, then, in
 * the same run and on the same records: (1) the raw consume rate — a plain KafkaConsumer reading and deserializing
 * (CloudEvents headers, JSON to records, as the service's deserializer does) every record; (2) the projection ingest
 * rate — monitoring-service (its Spring context on a fresh PostgreSQL database, listeners started only once the
 * context is up) consuming them until every consumer group has committed the end of every partition, which it
 * does only after the batch's facts are written. Prints both rates and their ratio, and checks the facts' totals
 * against the generated events.
 */
public final class IngestBenchmark {

    private static final int EVENTS = 100_000;
    private static final List<String> TOPICS = List.of(Topics.PARTICIPANT, Topics.PAIRING, Topics.PUBLICATION);

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String kafka = TestInfrastructure.get().kafkaBootstrapServers();
        GeneratedRegion region = GeneratedRegion.of(EVENTS);
        System.out.printf("Generated %,d events: %d organizations, %,d meetings, %,d feedback forms%n", region.events.size(),
                region.organizations, region.count(MeetingHeld.class), region.count(FeedbackSubmitted.class));

        long produceStart = System.nanoTime();
        produce(kafka, region.events);
        double produceSeconds = seconds(produceStart);
        System.out.printf("Produced in %.1f s (%,.0f events/s)%n", produceSeconds, EVENTS / produceSeconds);

        long rawStart = System.nanoTime();
        long read = rawConsume(kafka);
        double rawSeconds = seconds(rawStart);
        double raw = read / rawSeconds;
        System.out.printf("Raw consume: %,d records read and deserialized in %.2f s: %,.0f events/s%n", read, rawSeconds, raw);

        SpringApplication application = new SpringApplication(MonitoringServiceApplication.class);
        application.addInitializers(new RealInfrastructureInitializer());
        // Arguments, so that they win over application.yml's fixed port.
        try (ConfigurableApplicationContext context = application.run("--server.port=0",
                // Started by hand below, so that the measured time is consuming, not the context's start.
                "--spring.kafka.listener.auto-startup=false",
                // One INFO line per applied event would measure the console.
                "--logging.level.ru.nastavnik.platform.consumer=WARN")) {
            KafkaListenerEndpointRegistry registry = context.getBean(KafkaListenerEndpointRegistry.class);
            ConsumerGroups groups = context.getBean(ConsumerGroups.class);
            Set<String> listeners = registry.getListenerContainerIds();
            long ingestStart = System.nanoTime();
            registry.getListenerContainers().forEach(MessageListenerContainer::start);
            long lag;
            do {
                Thread.sleep(100);
                lag = groups.lag(listeners);
            } while (lag > 0);
            double ingestSeconds = seconds(ingestStart);
            double ingest = EVENTS / ingestSeconds;
            System.out.printf("Projection ingest: %,d events into the projections by %d consumers in %.1f s: %,.0f events/s%n",
                    EVENTS, listeners.size(), ingestSeconds, ingest);
            System.out.printf("Ratio ingest / raw consume: %.3f (raw is %.0f× faster)%n", ingest / raw, raw / ingest);
            check(context.getBean(JdbcClient.class), region);
        }
    }

    private static void produce(String kafka, List<IntegrationEvent> events) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        EventCodec codec = EventCodec.standard();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            for (IntegrationEvent event : events) {
                Class<? extends IntegrationEvent> type = event.getClass();
                producer.send(new ProducerRecord<>(EventCatalog.topicOf(type), null, event.aggregateId(), codec.encode(event),
                        TestEvents.cloudEventHeaders(UUID.randomUUID().toString(), EventCatalog.typeOf(type))));
            }
            producer.flush();
        }
    }

    private static long rawConsume(String kafka) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long read = 0;
        try (KafkaConsumer<String, IntegrationEvent> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new CloudEventDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                for (PartitionInfo info : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (read < EVENTS) {
                ConsumerRecords<String, IntegrationEvent> records = consumer.poll(Duration.ofSeconds(1));
                for (var record : records) {
                    if (record.value() == null) {
                        throw new IllegalStateException("Unreadable record at " + record.offset());
                    }
                    read++;
                }
            }
        }
        return read;
    }

    private static void check(JdbcClient jdbc, GeneratedRegion region) {
        long forms = sum(jdbc, "numerator", "FEEDBACK_AFTER_MEETINGS");
        long expected = sum(jdbc, "denominator", "FEEDBACK_AFTER_MEETINGS");
        long practices = sum(jdbc, "numerator", "PRACTICES_PUBLISHED");
        long organizations = jdbc.sql("SELECT count(DISTINCT organization_id) FROM indicator_fact").query(Long.class).single();
        boolean ok = forms == region.count(FeedbackSubmitted.class) && expected == region.attendedAtHeldMeetings()
                && practices == region.distinctPractices()
                // The last organization may be cut off after its registration, before anything that has facts.
                && organizations == region.count(TeachingStaffCounted.class);
        System.out.printf("Check: %d organizations with facts, feedback %,d of %,d, %d practices — %s%n", organizations,
                forms, expected, practices, ok ? "as generated" : "DIFFERENT from the generated events");
        if (!ok) {
            throw new IllegalStateException("The projections do not match the generated events");
        }
    }

    private static long sum(JdbcClient jdbc, String column, String indicator) {
        return jdbc.sql("SELECT coalesce(sum(" + column + "), 0) FROM indicator_fact WHERE indicator = ?").param(indicator)
                .query(Long.class).single();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
