package ru.nastavnik.participant.infrastructure;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.participant.domain.PersonTopics;
import ru.nastavnik.participant.domain.TopicEntry;
import ru.nastavnik.participant.domain.TopicKind;

@Repository
class JdbcPersonTopics implements PersonTopics {

    private final JdbcClient jdbc;

    JdbcPersonTopics(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
