package ru.nastavnik.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

class TestInfrastructureTest {

    private final TestInfrastructure infrastructure = TestInfrastructure.get();

    @Test
    void isOneInstancePerJvm() throws Exception {
        TestInfrastructure fromOtherThread = CompletableFuture.supplyAsync(TestInfrastructure::get).get();
        assertThat(fromOtherThread).isSameAs(infrastructure).isSameAs(TestInfrastructure.get());
    }

    @Test
    void choosesEmbeddedWithoutADockerEngineHere() {
        // The build machine has a docker client but no engine; CI with Docker would legitimately pick docker.
        boolean engineReachable = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (System.getProperty(TestInfrastructure.MODE_PROPERTY) == null && !engineReachable) {
            assertThat(infrastructure.mode()).isEqualTo(TestInfrastructure.EMBEDDED);
            assertThat(infrastructure.reason()).isEqualTo("no Docker engine");
        }
    }

    @Test
    void twoCreatedDatabasesAreIsolated() throws SQLException {
        String first = infrastructure.createDatabase("Isolation-Test");
        String second = infrastructure.createDatabase("Isolation-Test");
        assertThat(first).isNotEqualTo(second).contains("/isolation_test_");

        try (Connection connection = connect(first); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE mentee (id int PRIMARY KEY)");
            sql.execute("INSERT INTO mentee VALUES (1)");
        }
        try (Connection connection = connect(second); Statement sql = connection.createStatement();
             ResultSet tables = sql.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name = 'mentee'")) {
            assertThat(tables.next()).isTrue();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void kafkaRoundTrip() throws Exception {
        KafkaRoundTrip.assertRoundTrip(infrastructure.kafkaBootstrapServers(), "testkit-shared");
    }

    @Test
    void mongoRoundTrip() {
        String database = infrastructure.uniqueName("publication");
        try (MongoClient client = MongoClients.create(infrastructure.mongoUri(database))) {
            client.getDatabase(database).getCollection("practices").insertOne(new Document("_id", "p-1"));
            assertThat(client.getDatabase(database).getCollection("practices").find(Filters.eq("_id", "p-1")).first())
                    .isNotNull();
        }
    }

    @Test
    void stoppableKafkaKeepsItsAddressAndRecordsAcrossStopAndStart() throws Exception {
        try (StoppableKafka kafka = infrastructure.newStoppableKafka()) {
            String address = kafka.bootstrapServers();
            KafkaRoundTrip.send(address, "outbox", "before-stop");

            kafka.stop();
            assertThat(KafkaRoundTrip.reachable(address, Duration.ofSeconds(3))).isFalse();

            kafka.start();
            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            KafkaRoundTrip.send(address, "outbox", "after-start");
            assertThat(KafkaRoundTrip.readAll(address, "outbox", 2)).containsExactlyInAnyOrder("before-stop", "after-start");
        }
    }

    @Test
    void uniqueNamesAreValidIdentifiers() {
        assertThat(infrastructure.uniqueName("pairing-service")).matches("pairing_service_\\d+_[a-z0-9]+");
        assertThat(infrastructure.uniqueName("1st")).startsWith("t_1st_");
        assertThat(infrastructure.uniqueName(null)).startsWith("test_");
        assertThat(infrastructure.uniqueName("x".repeat(100))).hasSizeLessThan(63);
        assertThat(infrastructure.uniqueName("a")).isNotEqualTo(infrastructure.uniqueName("a"));
    }

    @Test
    void modeIsForcedWithoutProbingDocker() {
        assertThat(TestInfrastructure.chooseMode("embedded", () -> {
            throw new AssertionError("Docker must not be probed when the mode is forced");
        })).containsExactly("embedded", "forced by -Dnastavnik.testkit=embedded");
        assertThat(TestInfrastructure.chooseMode(" DOCKER ", () -> false))
                .containsExactly("docker", "forced by -Dnastavnik.testkit=docker");
        assertThat(TestInfrastructure.chooseMode(null, () -> true)).containsExactly("docker", "Docker engine found");
        assertThat(TestInfrastructure.chooseMode("", () -> false)).containsExactly("embedded", "no Docker engine");
        assertThatThrownBy(() -> TestInfrastructure.chooseMode("podman", () -> false))
                .hasMessageContaining("-Dnastavnik.testkit=podman is not a testkit mode");
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, infrastructure.postgresUsername(), infrastructure.postgresPassword());
    }
}
