package ru.nastavnik.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ru.nastavnik.platform.embedded.EmbeddedPostgres;
import ru.nastavnik.platform.embedded.KafkaBroker;
import ru.nastavnik.platform.embedded.MongoWireServer;

/**
 * PostgreSQL, a Kafka broker and the MongoDB wire server, with their data under one folder so it survives restarts.
 * Used by {@link Platform}, and on its own by tests that need only the infrastructure.
 */
public final class Infrastructure implements AutoCloseable {

    /** The PostgreSQL databases, one per service that owns relational data. */
    public static final List<String> DATABASES = Component.BACKEND_SERVICES.stream()
            .map(ServiceEnvironment::databaseOf)
            .filter(d -> d != null)
            .toList();

    private final Path dataDir;
    private final ProgressListener progress;
    private EmbeddedPostgres postgres;
    private KafkaBroker kafka;
    private MongoWireServer mongo;

    private Infrastructure(Path dataDir, ProgressListener progress) {
        this.dataDir = dataDir;
        this.progress = progress;
    }

    /** Starts all three in order (PostgreSQL, Kafka, MongoDB wire); if one fails, the ones already up are stopped. */
    public static Infrastructure start(Path dataDir, PortPlan ports, ProgressListener progress) {
        Infrastructure infrastructure = new Infrastructure(dataDir.toAbsolutePath().normalize(), progress);
        try {
            infrastructure.startPostgres(ports.port(Component.POSTGRESQL));
            infrastructure.startKafka(ports.port(Component.KAFKA), ports.port(Component.KAFKA_CONTROLLER));
            infrastructure.startMongo(ports.port(Component.MONGODB));
            return infrastructure;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    public static Path postgresDirectory(Path dataDir) {
        return dataDir.resolve("postgres");
    }

    public static Path kafkaDirectory(Path dataDir) {
        return dataDir.resolve("kafka");
    }

    public static Path mongoStoreFile(Path dataDir) {
        return dataDir.resolve("mongo").resolve("publication.mv");
    }

    private void startPostgres(int port) {
        Path directory = postgresDirectory(dataDir);
        report(Component.POSTGRESQL, ProgressListener.Phase.STARTING, directory.toString());
        try {
            createDirectories(directory.getParent());
            postgres = EmbeddedPostgres.start(directory, port);
            for (String database : DATABASES) {
                postgres.createDatabaseIfMissing(database);
            }
        } catch (Exception e) {
            throw failed(Component.POSTGRESQL, port, directory, e);
        }
        report(Component.POSTGRESQL, ProgressListener.Phase.READY, "localhost:" + postgres.port());
    }

    private void startKafka(int port, int controllerPort) {
        Path directory = kafkaDirectory(dataDir);
        report(Component.KAFKA, ProgressListener.Phase.STARTING, directory.toString());
        try {
            createDirectories(directory);
            kafka = KafkaBroker.start(directory, port, controllerPort, absoluteClasspath());
        } catch (Exception e) {
            throw failed(Component.KAFKA, port, directory, e);
        }
        report(Component.KAFKA, ProgressListener.Phase.READY, kafka.bootstrapServers());
    }

    private void startMongo(int port) {
        Path storeFile = mongoStoreFile(dataDir);
        report(Component.MONGODB, ProgressListener.Phase.STARTING, storeFile.toString());
        try {
            createDirectories(storeFile.getParent());
            mongo = MongoWireServer.start(storeFile, port);
        } catch (Exception e) {
            throw failed(Component.MONGODB, port, storeFile, e);
        }
        report(Component.MONGODB, ProgressListener.Phase.READY, "localhost:" + mongo.port());
    }

    /**
     * This JVM's class path with every entry absolute. ./nastavnik starts the launcher with the relative
     * {@code launcher/target/launcher.jar:launcher/target/lib/*}, while the broker's JVM runs in the Kafka data folder,
     * where those relative entries find nothing (ClassNotFoundException: kafka.tools.StorageTool).
     */
    static String absoluteClasspath() {
        return absoluteClasspath(System.getProperty("java.class.path", ""));
    }

    static String absoluteClasspath(String classpath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*") || entry.endsWith(File.separator + "*")) {
                // java expands a wildcard to the directory's jars; do the same, since the broker gets a list
                Path directory = Path.of(entry.substring(0, entry.length() - 1)).toAbsolutePath().normalize();
                try (Stream<Path> files = Files.list(directory)) {
                    files.map(Path::toString).filter(name -> name.endsWith(".jar") || name.endsWith(".JAR"))
                            .sorted().forEach(entries::add);
                } catch (IOException e) {
                    // an unreadable directory contributes nothing, as for java itself
                }
            } else {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private PlatformStartException failed(Component component, int port, Path data, Exception cause) {
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        String message = component + " failed to start on port " + port + " with data in " + data + ": " + reason;
        report(component, ProgressListener.Phase.FAILED, message);
        return new PlatformStartException(message, cause);
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }

    private void report(Component component, ProgressListener.Phase phase, String detail) {
        progress.onProgress(new ProgressListener.Event(component.id(), phase, detail, Instant.now()));
    }

    public Path dataDir() {
        return dataDir;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    /** The broker itself, e.g. to stop and start it in a test of event delivery while Kafka is down. */
    public KafkaBroker kafka() {
        return kafka;
    }

    public MongoWireServer mongo() {
        return mongo;
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public String postgresUsername() {
        return postgres.username();
    }

    public String postgresPassword() {
        return postgres.password();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString(String database) {
        return mongo.connectionString(database);
    }

    /** Stops Kafka, then the MongoDB wire server, then PostgreSQL; each failure is reported, none stops the rest. */
    @Override
    public synchronized void close() {
        kafka = stop(Component.KAFKA, kafka);
        mongo = stop(Component.MONGODB, mongo);
        postgres = stop(Component.POSTGRESQL, postgres);
    }

    private <T extends AutoCloseable> T stop(Component component, T server) {
        if (server == null) {
            return null;
        }
        report(component, ProgressListener.Phase.STOPPING, "");
        try {
            server.close();
            report(component, ProgressListener.Phase.STOPPED, "");
        } catch (Exception e) {
            report(component, ProgressListener.Phase.FAILED, "stopping failed: " + e);
        }
        return null;
    }
}
