package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** The real embedded servers, started the way the launcher starts them, stopped, and started again on the same data. */
class InfrastructureTest {

    private static final String TOPIC = "launcher-test-events";

    @TempDir
    Path data;

    @Test
    void everyServerIsReachableAndKeepsItsDataAcrossARestart() throws Exception {
        PortPlan ports = PortPlan.free();
        List<ProgressListener.Event> events = new CopyOnWriteArrayList<>();

        try (Infrastructure infrastructure = Infrastructure.start(data, ports, events::add)) {
            for (String database : Infrastructure.DATABASES) {
                assertThat(query(infrastructure, database, "SELECT current_database()")).isEqualTo(database);
            }
            execute(infrastructure, "pairing", "CREATE TABLE pair (id int PRIMARY KEY, mentor text)");
            execute(infrastructure, "pairing", "INSERT INTO pair VALUES (1, 'Иванова')");

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    infrastructure.kafkaBootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(infrastructure))) {
                producer.send(new ProducerRecord<>(TOPIC, "pair-1", "PairFormed")).get(30, TimeUnit.SECONDS);
            }

            try (MongoClient mongo = MongoClients.create(infrastructure.mongoConnectionString("publication"))) {
                mongo.getDatabase("publication").getCollection("practices")
                        .insertOne(new Document("_id", "p1").append("title", "Наставник-ученик"));
            }
            assertThat(infrastructure.kafka().dataDirectory()).startsWith(data);
        }

        assertThat(events).filteredOn(e -> e.phase() == ProgressListener.Phase.READY)
                .extracting(ProgressListener.Event::component)
                .containsExactly("postgresql", "kafka", "mongodb");
        assertThat(events).filteredOn(e -> e.phase() == ProgressListener.Phase.STOPPED)
                .extracting(ProgressListener.Event::component)
                .containsExactly("kafka", "mongodb", "postgresql");
        ports.asMap().forEach((component, port) ->
                assertThat(PortCheck.isFree(port)).as("%s port %d released", component, port).isTrue());

        try (Infrastructure infrastructure = Infrastructure.start(data, ports, ProgressListener.NONE)) {
            assertThat(query(infrastructure, "pairing", "SELECT mentor FROM pair WHERE id = 1")).isEqualTo("Иванова");
            assertThat(consumeAll(infrastructure)).containsExactly("pair-1=PairFormed");
            try (MongoClient mongo = MongoClients.create(infrastructure.mongoConnectionString("publication"))) {
                Document practice = mongo.getDatabase("publication").getCollection("practices")
                        .find(new Document("_id", "p1")).first();
                assertThat(practice).isNotNull();
                assertThat(practice.getString("title")).isEqualTo("Наставник-ученик");
            }
        }
    }

    private static String query(Infrastructure infrastructure, String database, String sql) throws SQLException {
        try (Connection connection = connect(infrastructure, database);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    private static void execute(Infrastructure infrastructure, String database, String sql) throws SQLException {
        try (Connection connection = connect(infrastructure, database);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(Infrastructure infrastructure, String database) throws SQLException {
        return DriverManager.getConnection(infrastructure.jdbcUrl(database), infrastructure.postgresUsername(),
                infrastructure.postgresPassword());
    }

    private static Properties producerConfig(Infrastructure infrastructure) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    private static List<String> consumeAll(Infrastructure infrastructure) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "launcher-test");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received.add(record.key() + "=" + record.value());
                }
            }
        }
        return received;
    }
}
