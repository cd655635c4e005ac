package ru.nastavnik.platform.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import ru.nastavnik.platform.embedded.EmbeddedPostgres;
import ru.nastavnik.platform.embedded.KafkaBroker;
import ru.nastavnik.platform.embedded.MongoWireServer;

/**
 * Servers without Docker: PostgreSQL 18 from the zonky binaries, a KRaft Kafka broker inside this JVM (spring-kafka-test),
 * and the MongoDB wire protocol server. Each starts on first use.
 */
final class EmbeddedServers implements Servers {

    static final String DESCRIPTION = "PostgreSQL 18 embedded, Kafka KRaft in-JVM, MongoDB wire server";

    private final Lazy<EmbeddedPostgres> postgres = new Lazy<>(() -> {
        QuietLogging.apply();
        return EmbeddedPostgres.start(null, 0);
    });

    private final Lazy<EmbeddedKafkaKraftBroker> kafka = new Lazy<>(() -> {
        QuietLogging.apply();
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                // The default 50 partitions of __consumer_offsets cost seconds at the first consumer group.
                "offsets.topic.num.partitions", "5"));
        broker.afterPropertiesSet();
        return broker;
    });

    private final Lazy<MongoWireServer> mongo = new Lazy<>(() -> {
        QuietLogging.apply();
        return MongoWireServer.start(null, 0);
    });

    private final List<KafkaBroker> stoppableBrokers = new CopyOnWriteArrayList<>();

    @Override
    public String postgresJdbcUrl(String database) {
        return postgres.get().jdbcUrl(database);
    }

    @Override
    public String postgresUsername() {
        return postgres.get().username();
    }

    @Override
    public String postgresPassword() {
        return postgres.get().password();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.get().getBrokersAsString();
    }

    @Override
    public String mongoUri(String database) {
        return mongo.get().connectionString(database);
    }

    /**
     * A broker in its own JVM process, unlike the shared in-JVM one: only a real process can be stopped and started again
     * on the same ports with its data. Ports are fixed at creation (0 = pick once), so the address survives restarts.
     */
    @Override
    public StoppableKafka newStoppableKafka() {
        QuietLogging.apply();
        KafkaBroker broker = KafkaBroker.start(null, 0, 0, null);
        stoppableBrokers.add(broker);
        return new StoppableKafka() {
            @Override
            public String bootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public void stop() {
                broker.stop();
            }

            @Override
            public void start() {
                broker.start();
            }

            @Override
            public void close() {
                stoppableBrokers.remove(broker);
                broker.close();
            }

            @Override
            public String toString() {
                return "StoppableKafka[" + broker + "]";
            }
        };
    }

    @Override
    public void shutdown() {
        stoppableBrokers.forEach(KafkaBroker::close);
        kafka.ifCreated(EmbeddedKafkaKraftBroker::destroy);
        mongo.ifCreated(MongoWireServer::close);
        postgres.ifCreated(EmbeddedPostgres::close);
    }
}
