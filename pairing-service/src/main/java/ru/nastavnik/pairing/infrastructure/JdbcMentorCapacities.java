package ru.nastavnik.pairing.infrastructure;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.pairing.domain.MentorCapacities;

@Repository
class JdbcMentorCapacities implements MentorCapacities {

    private final JdbcClient jdbc;

    JdbcMentorCapacities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int of(UUID mentorId) {
        return jdbc.sql("SELECT capacity FROM mentor_capacity WHERE mentor_id = ?").param(mentorId)
                .query(Integer.class).optional().orElse(DEFAULT);
    }

    @Override
    public void set(UUID mentorId, int capacity) {
        jdbc.sql("""
                INSERT INTO mentor_capacity (mentor_id, capacity) VALUES (?, ?)
                ON CONFLICT (mentor_id) DO UPDATE SET capacity = excluded.capacity""")
                .params(mentorId, capacity).update();
    }
}
