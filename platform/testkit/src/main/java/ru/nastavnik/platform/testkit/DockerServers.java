package ru.nastavnik.platform.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Servers in Docker containers through Testcontainers: the same images the platform runs on. Each container starts on
 * first use; Testcontainers' Ryuk removes them should this JVM die before its shutdown hook runs.
 *
 * <p>Images can be overridden with system properties, e.g. for a registry mirror:
 * {@code nastavnik.testkit.postgres-image}, {@code nastavnik.testkit.kafka-image}, {@code nastavnik.testkit.mongo-image}.
 */
final class DockerServers implements Servers {

    static final String POSTGRES_IMAGE = System.getProperty("nastavnik.testkit.postgres-image", "postgres:18-alpine");
    static final String KAFKA_IMAGE = System.getProperty("nastavnik.testkit.kafka-image", "apache/kafka:4.1.2");
    static final String MONGO_IMAGE = System.getProperty("nastavnik.testkit.mongo-image", "mongo:8");
    static final String DESCRIPTION = POSTGRES_IMAGE + ", " + KAFKA_IMAGE + " (KRaft), " + MONGO_IMAGE
            + " (replica set) via Testcontainers";

    private static final int POSTGRES_PORT = 5432;

    private final Lazy<PostgreSQLContainer> postgres = new Lazy<>(() -> {
        QuietLogging.apply();
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE)
                .asCompatibleSubstituteFor("postgres"))
                // Every cached Spring context keeps a connection pool open; the default 100 connections run out.
                // fsync is pointless for throw-away test data and slows every commit.
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        container.start();
        return container;
    });

    private final Lazy<KafkaContainer> kafka = new Lazy<>(() -> {
        QuietLogging.apply();
        KafkaContainer container = kafkaContainer();
        container.start();
        return container;
    });

    private final Lazy<MongoDBContainer> mongo = new Lazy<>(() -> {
        QuietLogging.apply();
        // Transactions and change streams need a replica set; Testcontainers 2 makes it opt-in.
        MongoDBContainer container = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE)
                .asCompatibleSubstituteFor("mongo"))
                .withReplicaSet();
        container.start();
        return container;
    });

    private final List<KafkaContainer> stoppableContainers = new CopyOnWriteArrayList<>();

    @Override
    public String postgresJdbcUrl(String database) {
        PostgreSQLContainer container = postgres.get();
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(POSTGRES_PORT) + "/" + database;
    }

    @Override
    public String postgresUsername() {
        return postgres.get().getUsername();
    }

    @Override
    public String postgresPassword() {
        return postgres.get().getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.get().getBootstrapServers();
    }

    @Override
    public String mongoUri(String database) {
        return mongo.get().getReplicaSetUrl(database);
    }

    /**
     * A container of its own that is paused and unpaused: a paused container keeps its mapped ports (a stopped one would
     * get new ones on restart), and to clients it is as unreachable as a stopped broker.
     */
    @Override
    public StoppableKafka newStoppableKafka() {
        QuietLogging.apply();
        KafkaContainer container = kafkaContainer();
        container.start();
        stoppableContainers.add(container);
        return new StoppableKafka() {
            private boolean paused;

            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public synchronized void stop() {
                if (!paused) {
                    DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
                    paused = true;
                }
            }

            @Override
            public synchronized void start() {
                if (paused) {
                    DockerClientFactory.instance().client().unpauseContainerCmd(container.getContainerId()).exec();
                    paused = false;
                }
            }

            @Override
            public synchronized void close() {
                stoppableContainers.remove(container);
                container.stop();
            }

            @Override
            public String toString() {
                return "StoppableKafka[container " + container.getContainerId() + ", " + bootstrapServers() + "]";
            }
        };
    }

    @Override
    public void shutdown() {
        stoppableContainers.forEach(KafkaContainer::stop);
        kafka.ifCreated(KafkaContainer::stop);
        mongo.ifCreated(MongoDBContainer::stop);
        postgres.ifCreated(PostgreSQLContainer::stop);
    }

    private static KafkaContainer kafkaContainer() {
        // The apache/kafka image turns KAFKA_* variables into broker settings; the same ones as the embedded broker.
        return new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE).asCompatibleSubstituteFor("apache/kafka"))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "5");
    }
}
