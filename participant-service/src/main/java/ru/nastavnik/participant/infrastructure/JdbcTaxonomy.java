package ru.nastavnik.participant.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.participant.domain.Taxonomy;
import ru.nastavnik.participant.domain.Topic;

@Repository
class JdbcTaxonomy implements Taxonomy {

    private final JdbcClient jdbc;

    JdbcTaxonomy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Topic> visibleIn(UUID regionId) {
        return jdbc.sql("""
                SELECT code, name, topic_group, region_id FROM professional_topic
                WHERE region_id IS NULL OR region_id = ? ORDER BY position, topic_group, name
                """).param(regionId).query(JdbcTaxonomy::topic).list();
    }

    @Override
    public Optional<Topic> topic(String code) {
        return jdbc.sql("SELECT code, name, topic_group, region_id FROM professional_topic WHERE code = ?").param(code)
                .query(JdbcTaxonomy::topic).optional();
    }

    @Override
    public boolean add(Topic topic) {
        return jdbc.sql("""
                INSERT INTO professional_topic (code, name, topic_group, region_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO NOTHING
                """).params(topic.code(), topic.name(), topic.group(), topic.regionId()).update() == 1;
    }

    private static Topic topic(ResultSet rs, int row) throws SQLException {
        return new Topic(rs.getString("code"), rs.getString("name"), rs.getString("topic_group"),
                rs.getObject("region_id", UUID.class));
    }
}
