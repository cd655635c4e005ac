package ru.nastavnik.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's JVM may die by SIGKILL (an IDE's stop button, the OOM killer), where no shutdown hook runs. Its
 * servers must not outlive it as orphans that block the next start.
 */
class KilledOwnerTest {

    @Test
    void kafkaBrokerExitsWhenItsJvmIsKilled(@TempDir Path root) throws Exception {
        Process owner = startHolder("kafka", root.resolve("kafka"));
        try {
            ProcessHandle broker = ProcessHandle.of(awaitReady(owner)).orElseThrow();
            assertThat(broker.isAlive()).isTrue();

            owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            broker.onExit().get(30, TimeUnit.SECONDS);
            assertThat(broker.isAlive()).isFalse();
        } finally {
            owner.destroyForcibly();
        }
    }

    @Test
    void postgresLeftRunningByAKilledJvmIsReplacedAndKeepsItsData(@TempDir Path root) throws Exception {
        Path data = root.resolve("postgres");
        Process owner = startHolder("postgres", data);
        ProcessHandle orphan;
        try {
            orphan = ProcessHandle.of(awaitReady(owner)).orElseThrow();
            owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } finally {
            owner.destroyForcibly();
        }
        assertThat(orphan.isAlive()).as("postgres survives a SIGKILL of its JVM").isTrue();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data, 0);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl("survivor"), postgres.username(),
                     postgres.password());
             ResultSet row = connection.createStatement().executeQuery("SELECT value FROM kept")) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("written before the kill");
        }
    }

    private static Process startHolder(String server, Path directory) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(java, "-cp", KafkaBroker.currentClasspath(), ServerHolder.class.getName(), server,
                directory.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** Reads the holder's output until it reports the server's pid. */
    private static long awaitReady(Process owner) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("READY ")) {
                return Long.parseLong(line.substring(6).trim());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The holder JVM ended without starting its server:\n" + seen);
    }
}
