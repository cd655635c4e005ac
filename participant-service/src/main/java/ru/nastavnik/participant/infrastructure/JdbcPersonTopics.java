package ru.nastavnik.participant.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.participant.domain.PersonTopics;
import ru.nastavnik.participant.domain.TopicEntry;
import ru.nastavnik.participant.domain.TopicKind;
import ru.nastavnik.platform.jdbc.SqlArrays;

@Repository
class JdbcPersonTopics implements PersonTopics {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    JdbcPersonTopics(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public Map<UUID, List<TopicEntry>> ofPeople(Collection<UUID> personIds, TopicKind kind) {
        Map<UUID, List<TopicEntry>> found = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT person_id, topic_code, level, comment FROM person_topic WHERE kind = ? AND person_id = ANY (?::uuid[])"
                        + " ORDER BY person_id, position")
                .params(kind.name(), SqlArrays.literal(personIds))
                .query(rs -> {
                    found.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                            .add(new TopicEntry(rs.getString("topic_code"), rs.getInt("level"), rs.getString("comment")));
                });
        return found;
    }

    @Override
    public void replaceAll(TopicKind kind, Map<UUID, List<TopicEntry>> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM person_topic WHERE kind = ? AND person_id = ANY (?::uuid[])")
                .params(kind.name(), SqlArrays.literal(entries.keySet())).update();
        record Row(UUID personId, TopicEntry entry, int position) {
        }
        List<Row> rows = new ArrayList<>();
        entries.forEach((personId, list) -> {
            for (int i = 0; i < list.size(); i++) {
                rows.add(new Row(personId, list.get(i), i));
            }
        });
        batches.batchUpdate("INSERT INTO person_topic (person_id, kind, topic_code, level, comment, position) VALUES (?, ?, ?, ?, ?, ?)",
                rows, 1000, (ps, row) -> {
                    ps.setObject(1, row.personId());
                    ps.setString(2, kind.name());
                    ps.setString(3, row.entry().topicCode());
                    ps.setInt(4, row.entry().level());
                    ps.setString(5, row.entry().comment());
                    ps.setInt(6, row.position());
                });
    }

    @Override
    public List<TopicEntry> of(UUID personId, TopicKind kind) {
        return jdbc.sql("SELECT topic_code, level, comment FROM person_topic WHERE person_id = ? AND kind = ? ORDER BY position")
                .params(personId, kind.name())
                .query((rs, n) -> new TopicEntry(rs.getString("topic_code"), rs.getInt("level"), rs.getString("comment")))
                .list();
    }

    @Override
    public void replace(UUID personId, TopicKind kind, List<TopicEntry> entries) {
        jdbc.sql("DELETE FROM person_topic WHERE person_id = ? AND kind = ?").params(personId, kind.name()).update();
        int position = 0;
        for (TopicEntry e : entries) {
            jdbc.sql("INSERT INTO person_topic (person_id, kind, topic_code, level, comment, position) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(personId, kind.name(), e.topicCode(), e.level(), e.comment(), position++).update();
        }
    }

    @Override
    public void eraseComments(UUID personId) {
        jdbc.sql("UPDATE person_topic SET comment = NULL WHERE person_id = ?").param(personId).update();
    }

    @Override
    public long countPeopleWith(UUID organizationId, ProgrammeRole programmeRole, TopicKind kind) {
        return jdbc.sql("""
                SELECT count(DISTINCT p.id) FROM person p JOIN person_topic t ON t.person_id = p.id
                WHERE p.organization_id = ? AND p.programme_role = ? AND t.kind = ?
                """).params(organizationId, programmeRole.name(), kind.name()).query(Long.class).single();
    }
}
