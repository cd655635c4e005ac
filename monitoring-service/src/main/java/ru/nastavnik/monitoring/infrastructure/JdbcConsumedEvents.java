package ru.nastavnik.monitoring.infrastructure;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.application.ConsumedEvents;

@Repository
class JdbcConsumedEvents implements ConsumedEvents {

    private final JdbcClient jdbc;

    JdbcConsumedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forget(Set<String> consumerIds) {
        if (!consumerIds.isEmpty()) {
            jdbc.sql("DELETE FROM platform_processed_event WHERE consumer IN (:consumers)")
                    .param("consumers", consumerIds).update();
        }
    }
}
