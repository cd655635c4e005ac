package ru.nastavnik.platform.consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

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
}
