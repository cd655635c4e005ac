package ru.nastavnik.launcher.e2e;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import ru.nastavnik.launcher.Infrastructure;

/**
 * Looks for a piece of personal data in every store of the running platform: each service's PostgreSQL database
 * (every text, JSON and binary column), every MongoDB collection, and every record (value and headers) retained
 * on every Kafka topic. Returns where it was found, so a failure says which store still holds it.
 */
final class PersonalDataSearch {

    private final Infrastructure infrastructure;

    PersonalDataSearch(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    List<String> find(String needle) throws Exception {
        List<String> found = new ArrayList<>();
        for (String database : Infrastructure.DATABASES) {
            found.addAll(postgres(database, needle));
        }
        found.addAll(mongo(needle));
        found.addAll(kafka(needle));
        return found;
    }

    private List<String> postgres(String database, String needle) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(database),
                infrastructure.postgresUsername(), infrastructure.postgresPassword())) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
                    WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                      AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY')""");
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) });
                }
            }
            for (String[] c : columns) {
                String column = "\"" + c[0] + "\".\"" + c[1] + "\".\"" + c[2] + "\"";
                // bytea (outbox payloads) is compared as UTF-8 text; arrays and JSON as their text form.
                String text = "bytea".equals(c[3]) ? "convert_from(\"" + c[2] + "\", 'UTF8')" : "\"" + c[2] + "\"::text";
                try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM \"" + c[0] + "\".\""
                        + c[1] + "\" WHERE strpos(" + text + ", ?) > 0")) {
                    statement.setString(1, needle);
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add("postgres " + database + " " + column);
                        }
                    }
                }
            }
        }
        return found;
    }

    private List<String> mongo(String needle) {
        List<String> found = new ArrayList<>();
        try (MongoClient client = MongoClients.create(infrastructure.mongoConnectionString("admin"))) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        if (document.toJson().contains(needle)) {
                            found.add("mongo " + name + "." + collection);
                            break;
                        }
                    }
                }
            }
        }
        return found;
    }

    private List<String> kafka(String needle) {
        List<String> found = new ArrayList<>();
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        List<TopicPartition> partitions = new ArrayList<>();
        try (Admin admin = Admin.create(properties)) {
            var topics = admin.listTopics().names().get();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        } catch (Exception e) {
            throw new IllegalStateException("Kafka topics could not be listed", e);
        }
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "personal-data-search-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (contains(record.value(), needle) || contains(record.key(), needle)) {
                        found.add("kafka " + record.topic() + "@" + record.offset());
                    }
                    for (Header header : record.headers()) {
                        if (contains(header.value(), needle)) {
                            found.add("kafka " + record.topic() + "@" + record.offset() + " header " + header.key());
                        }
                    }
                }
            }
            if (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                throw new IllegalStateException("Kafka topics could not be read to their end within 30 s");
            }
        }
        return found;
    }

    private static boolean contains(byte[] bytes, String needle) {
        return bytes != null && new String(bytes, StandardCharsets.UTF_8).contains(needle);
    }
}
