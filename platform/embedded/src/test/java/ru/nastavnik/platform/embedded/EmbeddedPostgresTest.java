package ru.nastavnik.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @Test
    void createsDatabaseAndRoundTripsSql() throws SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(null, 0)) {
            postgres.createDatabaseIfMissing("mentoring");
            postgres.createDatabaseIfMissing("mentoring"); // a second call is a no-op, not an error

            assertThat(postgres.jdbcUrl("mentoring")).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/mentoring");
            try (Connection connection = connect(postgres, "mentoring"); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE mentor (id int PRIMARY KEY, name text NOT NULL)");
                sql.execute("INSERT INTO mentor VALUES (1, 'Анна Петровна')");
                try (ResultSet row = sql.executeQuery("SELECT name, current_database(), version() FROM mentor WHERE id = 1")) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo("Анна Петровна");
                    assertThat(row.getString(2)).isEqualTo("mentoring");
                    assertThat(row.getString(3)).startsWith("PostgreSQL 18");
                }
            }
        }
    }

    @Test
    void temporaryDataDirectoryIsDeletedOnClose() {
        Path data;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(null, 0)) {
            data = postgres.dataDirectory();
            assertThat(data.resolve("PG_VERSION")).exists();
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void dataPersistsAcrossRestartsWithTheSameDataDirectory(@TempDir Path root) throws SQLException {
        Path data = root.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0)) {
            postgres.createDatabaseIfMissing("participants");
            try (Connection connection = connect(postgres, "participants"); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE region (code text PRIMARY KEY)");
                sql.execute("INSERT INTO region VALUES ('77'), ('78')");
            }
        }
        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(root.resolve("postgres.log")).exists();

        int otherPort = Ports.free();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, otherPort)) {
            assertThat(postgres.port()).isEqualTo(otherPort);
            postgres.createDatabaseIfMissing("participants"); // exists already: must not fail or wipe it
            try (Connection connection = connect(postgres, "participants"); Statement sql = connection.createStatement();
                 ResultSet count = sql.executeQuery("SELECT count(*) FROM region")) {
                assertThat(count.next()).isTrue();
                assertThat(count.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void takenPortIsReportedClearly() throws Exception {
        try (ServerSocket occupant = new ServerSocket()) {
            occupant.bind(new InetSocketAddress("localhost", 0));
            int port = occupant.getLocalPort();
            assertThatThrownBy(() -> EmbeddedPostgres.start(null, port))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + port + " is already in use");
        }
    }

    @Test
    void nonEmptyForeignDirectoryFailsWithTheServerLog(@TempDir Path root) throws Exception {
        Path data = Files.createDirectories(root.resolve("not-pgdata"));
        Files.writeString(data.resolve("notes.txt"), "someone else's file");
        assertThatThrownBy(() -> EmbeddedPostgres.start(data, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL did not start")
                .hasMessageContaining("exists but is not empty");
    }

    private static Connection connect(EmbeddedPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
