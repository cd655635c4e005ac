package ru.nastavnik.pairing.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.pairing.domain.meeting.Reminders;

@Repository
class JdbcReminders implements Reminders {

    private final JdbcClient jdbc;

    JdbcReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean markSent(String kind, UUID subjectId, String period, Instant at) {
        return jdbc.sql("""
                INSERT INTO reminder_sent (kind, subject_id, period, sent_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(kind, subjectId, period, Timestamp.from(at)).update() == 1;
    }

    @Override
    public List<UUID> organizations() {
        return jdbc.sql("SELECT organization_id FROM organization_place ORDER BY organization_id").query(UUID.class).list();
    }
}
