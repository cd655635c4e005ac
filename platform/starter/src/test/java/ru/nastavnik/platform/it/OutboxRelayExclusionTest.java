package ru.nastavnik.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.outbox.OutboxRelay;
import ru.nastavnik.platform.testkit.RealInfrastructure;

/** While another instance holds the relay lock, this one sends nothing, so one aggregate's events keep their order. */
@SpringBootTest(properties = { "spring.kafka.consumer.group-id=exclusion-${random.uuid}", "nastavnik.outbox.poll-interval=1h" })
@RealInfrastructure
class OutboxRelayExclusionTest {

    @Autowired
    StarterTestApplication.Organizations organizations;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void onlyOneRelayWorksAtATime() throws Exception {
        // "Another instance": a second connection holding the same advisory lock inside its transaction.
        Thread other = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", OutboxRelay.RELAY_LOCK).query().singleRow();
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        Thread.sleep(500);
        long before = relay.pendingCount();

        organizations.register("Школа, чьё событие ждёт"); // wakes this instance's relay thread too

        OutboxRelay.BatchResult blocked = relay.relayBatch();
        assertThat(blocked.fetched()).isZero();
        assertThat(relay.pendingCount()).isEqualTo(before + 1);

        other.join();
        // Released: this instance's relay (the explicit call or its own thread) drains the backlog.
        relay.relayBatch();
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pendingCount() == 0);
    }
}
