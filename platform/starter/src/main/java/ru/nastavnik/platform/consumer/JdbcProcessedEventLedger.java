package ru.nastavnik.platform.consumer;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.platform.jdbc.SqlArrays;

/**
 * The ledger row and the consumer's state change commit in one PostgreSQL transaction: if the handler
 * fails, the ledger entry rolls back with it and the retry applies the event again.
 */
public class JdbcProcessedEventLedger implements ProcessedEventLedger {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcProcessedEventLedger(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean runOnce(String consumer, String eventId, Runnable action) {
        Boolean ran = transactions.execute(status -> {
            int inserted = jdbc.sql("""
                    INSERT INTO platform_processed_event (consumer, event_id) VALUES (:consumer, :eventId)
                    ON CONFLICT DO NOTHING
                    """)
                    .param("consumer", consumer)
                    .param("eventId", eventId)
                    .update();
            if (inserted == 0) {
                return false;
            }
            action.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    @Override
    public Set<String> claim(String consumer, Collection<String> eventIds) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Claims committed on their own would outlive effects that then fail: that is at most once, not once.
            throw new IllegalStateException("Claiming events needs the transaction that applies them");
        }
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                INSERT INTO platform_processed_event (consumer, event_id)
                SELECT :consumer, id FROM unnest(CAST(:ids AS varchar[])) AS id
                ON CONFLICT DO NOTHING
                RETURNING event_id
                """)
                .param("consumer", consumer)
                .param("ids", SqlArrays.literal(eventIds))
                .query(String.class).list());
    }
}
