package ru.nastavnik.publication.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import ru.nastavnik.platform.observability.TraceContexts;
import ru.nastavnik.platform.outbox.OutboxProperties;
import ru.nastavnik.platform.testkit.RealInfrastructure;

/** Two instances of the service: only one relays the MongoDB outbox at a time, and the other takes over after it stops. */
@SpringBootTest
@RealInfrastructure
class PracticeOutboxLeaseTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    TraceContexts traces;

    @Autowired
    OutboxProperties properties;

    @Autowired
    Environment environment;

    @Autowired
    MongoOutboxRelay running;

    @Test
    void oneInstanceRelaysAtATime() {
        MongoOutboxRelay first = new MongoOutboxRelay(mongo, kafka, traces, properties, environment);
        MongoOutboxRelay second = new MongoOutboxRelay(mongo, kafka, traces, properties, environment);
        // The context's own relay holds the lease while it runs; stop it so the two instances compete alone.
        running.stop();
        try {
            assertThat(first.holdLease()).isTrue();
            assertThat(first.holdLease()).as("renewing one's own lease").isTrue();
            assertThat(second.holdLease()).isFalse();
            assertThat(second.relayPending()).isZero();
            assertThat(mongo.getCollection(MongoOutboxRelay.LEASES).countDocuments()).isEqualTo(1);

            // An expired lease is free for the taking.
            mongo.getCollection(MongoOutboxRelay.LEASES).updateOne(new Document("_id", "relay"),
                    new Document("$set", new Document("until", new java.util.Date(0))));
            assertThat(second.holdLease()).isTrue();
            assertThat(first.holdLease()).isFalse();

            second.stop();
            assertThat(first.holdLease()).as("a stopped instance releases its lease").isTrue();
        } finally {
            first.stop();
            running.start();
        }
    }
}
