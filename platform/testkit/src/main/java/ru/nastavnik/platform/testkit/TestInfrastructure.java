package ru.nastavnik.platform.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The real servers integration tests run against: PostgreSQL, Kafka and MongoDB, never H2 or fakes. One instance per
 * JVM, shared by every test and application context; each server starts on first use and stops with the JVM.
 *
 * <p>Two modes, chosen once: {@code docker} (Testcontainers, the platform's own images) when a Docker engine is
 * available, otherwise {@code embedded} (servers in this JVM or in its child processes). The system property
 * {@value #MODE_PROPERTY} = {@code docker} or {@code embedded} forces one.
 *
 * <p>In Spring tests use {@link RealInfrastructure}; this class is for plain tests and for what the annotation does
 * not cover (a second database, a Kafka broker to stop).
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "nastavnik.testkit";
    public static final String EMBEDDED = "embedded";
    public static final String DOCKER = "docker";

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    /** Postgres truncates identifiers to 63 bytes; leave room for the unique suffix. */
    private static final int MAX_PREFIX_LENGTH = 40;
    private static final String DUPLICATE_DATABASE = "42P04";
    /** Testcontainers answers within about a second without an engine; a hanging remote DOCKER_HOST must not block tests. */
    private static final long DOCKER_PROBE_TIMEOUT_SECONDS = 30;

    private static volatile TestInfrastructure instance;

    private final String mode;
    private final String reason;
    private final Servers servers;
    private final AtomicInteger sequence = new AtomicInteger();
    /** Tells names from different JVMs apart, should two of them ever share a server. */
    private final String jvmTag = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);

    private TestInfrastructure(String mode, String reason, Servers servers) {
        this.mode = mode;
        this.reason = reason;
        this.servers = servers;
    }

    /** The JVM-wide instance; the first call chooses the mode (and logs it), servers start later, on first use. */
    public static TestInfrastructure get() {
        TestInfrastructure current = instance;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = instance;
                if (current == null) {
                    current = create();
                    instance = current;
                }
            }
        }
        return current;
    }

    /** {@code "docker"} or {@code "embedded"}. */
    public String mode() {
        return mode;
    }

    /** The JDBC URL of a database on the shared PostgreSQL; see {@link #createDatabase(String)} for a fresh one. */
    public String postgresJdbcUrl(String database) {
        return servers.postgresJdbcUrl(database);
    }

    public String postgresUsername() {
        return servers.postgresUsername();
    }

    public String postgresPassword() {
        return servers.postgresPassword();
    }

    /**
     * Creates a new, empty database with a unique name derived from the prefix (e.g. {@code participant_service_3_k2x})
     * and returns its JDBC URL. Tests that each use their own database cannot see each other's rows.
     */
    public String createDatabase(String prefix) {
        String database = uniqueName(prefix);
        try (Connection connection = DriverManager.getConnection(postgresJdbcUrl("postgres"), postgresUsername(),
                postgresPassword());
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create test database " + database + ": " + e.getMessage(), e);
            }
        }
        return postgresJdbcUrl(database);
    }

    public String kafkaBootstrapServers() {
        return servers.kafkaBootstrapServers();
    }

    /** A MongoDB connection string for the database; MongoDB creates a database on first write. */
    public String mongoUri(String database) {
        return servers.mongoUri(database);
    }

    /**
     * A separate Kafka broker that the test may stop and start again on the same address. Close it when done (it is
     * also removed when the JVM exits). It starts right away, which takes a few seconds.
     */
    public StoppableKafka newStoppableKafka() {
        return servers.newStoppableKafka();
    }

    /**
     * A name unique in this JVM, usable as a PostgreSQL database or MongoDB database name: the prefix in lower case with
     * anything but letters, digits and underscores replaced by underscores, then a sequence number.
     */
    public String uniqueName(String prefix) {
        String base = (prefix == null || prefix.isBlank() ? "test" : prefix).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        if (!Character.isLetter(base.charAt(0))) {
            base = "t_" + base;
        }
        if (base.length() > MAX_PREFIX_LENGTH) {
            base = base.substring(0, MAX_PREFIX_LENGTH);
        }
        return base + "_" + sequence.incrementAndGet() + "_" + jvmTag;
    }

    /** Why this mode was chosen, as logged: e.g. "no Docker engine". */
    String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "TestInfrastructure[" + mode + ", " + reason + "]";
    }

    private static TestInfrastructure create() {
        String[] choice = chooseMode(System.getProperty(MODE_PROPERTY), TestInfrastructure::dockerAvailable);
        String mode = choice[0];
        String reason = choice[1];
        Servers servers = mode.equals(DOCKER) ? new DockerServers() : new EmbeddedServers();
        log.info("Nastavnik testkit: {} infrastructure ({}) — {}", mode.equals(DOCKER) ? "Docker" : "embedded", reason,
                mode.equals(DOCKER) ? DockerServers.DESCRIPTION : EmbeddedServers.DESCRIPTION);
        Runtime.getRuntime().addShutdownHook(new Thread(servers::shutdown, "nastavnik-testkit-shutdown"));
        QuietLogging.apply();
        return new TestInfrastructure(mode, reason, servers);
    }

    /** The mode and the reason for it; Docker is probed only when the mode is not forced. */
    static String[] chooseMode(String forced, BooleanSupplier dockerProbe) {
        if (forced != null && !forced.isBlank()) {
            String mode = forced.trim().toLowerCase(Locale.ROOT);
            if (!mode.equals(EMBEDDED) && !mode.equals(DOCKER)) {
                throw new IllegalStateException("-D" + MODE_PROPERTY + "=" + forced + " is not a testkit mode; use "
                        + DOCKER + " or " + EMBEDDED);
            }
            return new String[] {mode, "forced by -D" + MODE_PROPERTY + "=" + mode};
        }
        if (dockerProbe.getAsBoolean()) {
            return new String[] {DOCKER, "Docker engine found"};
        }
        return new String[] {EMBEDDED, "no Docker engine"};
    }

    static boolean dockerAvailable() {
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(() -> QuietLogging.silencingTestcontainers(
                () -> DockerClientFactory.instance().isDockerAvailable()));
        try {
            return probe.get(DOCKER_PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("Asking Testcontainers for a Docker engine took over {} s; using embedded servers",
                    DOCKER_PROBE_TIMEOUT_SECONDS);
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
