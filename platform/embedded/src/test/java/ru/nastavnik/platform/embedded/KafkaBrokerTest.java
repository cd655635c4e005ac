package ru.nastavnik.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broker process for the class: each start costs a JVM. */
class KafkaBrokerTest {

    @TempDir
    static Path root;

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start(root.resolve("kafka"), 0, 0, null);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void producesAndConsumes() throws Exception {
        assertThat(broker.isRunning()).isTrue();
        assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + broker.port());
        assertThat(broker.logFile()).isNotEmptyFile();

        send("participant-events", List.of("registered", "updated"));

        assertThat(readAll("participant-events", 2)).containsExactlyInAnyOrder("registered", "updated");
    }

    @Test
    void stoppedBrokerFailsFastAndRestartKeepsAddressAndData() throws Exception {
        send("pairing-events", List.of("pair-formed-1", "pair-formed-2", "pair-formed-3"));
        String address = broker.bootstrapServers();

        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        long before = System.nanoTime();
        try (KafkaProducer<String, String> producer = producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000",
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("pairing-events", "lost")).get(10, TimeUnit.SECONDS))
                    .isInstanceOfAny(ExecutionException.class, org.apache.kafka.common.errors.TimeoutException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(15));

        broker.start();
        assertThat(broker.isRunning()).isTrue();
        assertThat(broker.bootstrapServers()).isEqualTo(address);
        assertThat(readAll("pairing-events", 3)).containsExactlyInAnyOrder("pair-formed-1", "pair-formed-2", "pair-formed-3");

        send("pairing-events", List.of("after-restart"));
        assertThat(readAll("pairing-events", 4)).contains("after-restart");
    }

    @Test
    void takenPortIsReportedBeforeAnyProcessStarts() throws Exception {
        try (ServerSocket occupant = new ServerSocket()) {
            occupant.bind(new InetSocketAddress("localhost", 0));
            int port = occupant.getLocalPort();
            assertThatThrownBy(() -> KafkaBroker.start(root.resolve("other"), port, 0, null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Kafka broker cannot start: port " + port + " is already in use");
        }
    }

    @Test
    void brokerThatCannotRunReportsItsLog() {
        // An empty classpath: the child JVM exits at once, and the failure must say so instead of timing out.
        Path directory = root.resolve("broken");
        assertThatThrownBy(() -> KafkaBroker.start(directory, 0, 0, directory.resolve("missing.jar").toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Formatting Kafka storage")
                .hasMessageContaining("Last lines of");
    }

    private static void send(String topic, List<String> values) throws Exception {
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value, value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static List<String> readAll(String topic, int atLeast) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < atLeast && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> overrides) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        config.putAll(overrides);
        return new KafkaProducer<>(config);
    }
}
