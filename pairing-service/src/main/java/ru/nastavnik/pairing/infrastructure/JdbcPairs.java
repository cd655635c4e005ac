package ru.nastavnik.pairing.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.Pairs;

@Repository
class JdbcPairs implements Pairs {

    private static final String COLUMNS = """
            p.id, p.organization_id, p.municipality_id, p.region_id, p.mentor_id, p.role_model, p.format, p.starts_on,
            p.ends_on, p.status, p.formed_by, p.formed_at, p.version,
            ARRAY(SELECT m.mentee_id FROM pair_member m WHERE m.pair_id = p.id AND m.left_on IS NULL ORDER BY m.mentee_id)
                AS mentees""";

    private final JdbcClient jdbc;

    JdbcPairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Pair pair) {
        jdbc.sql("""
                INSERT INTO mentoring_pair (id, organization_id, municipality_id, region_id, mentor_id, role_model, format,
                    starts_on, ends_on, status, formed_by, formed_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(pair.id(), pair.organizationId(), pair.municipalityId(), pair.regionId(), pair.mentorId(),
                        pair.roleModel().name(), pair.format().name(), Date.valueOf(pair.startsOn()),
                        Date.valueOf(pair.endsOn()), pair.status().name(), pair.formedBy(), Timestamp.from(pair.formedAt()))
                .update();
        for (UUID mentee : pair.menteeIds()) {
            jdbc.sql("INSERT INTO pair_member (pair_id, mentee_id, joined_on) VALUES (?, ?, ?)")
                    .params(pair.id(), mentee, Date.valueOf(pair.startsOn())).update();
        }
    }

    @Override
    public Optional<Pair> pair(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mentoring_pair p WHERE p.id = ?").param(id)
                .query((rs, n) -> pair(rs)).optional();
    }

    @Override
    public List<Pair> ofOrganization(UUID organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mentoring_pair p WHERE p.organization_id = ? ORDER BY p.starts_on, p.id")
                .param(organizationId).query((rs, n) -> pair(rs)).list();
    }

    @Override
    public int activeMenteesOf(UUID mentorId) {
        return jdbc.sql("""
                SELECT count(*) FROM pair_member m JOIN mentoring_pair p ON p.id = m.pair_id
                WHERE p.mentor_id = ? AND p.status = 'ACTIVE' AND m.left_on IS NULL""")
                .param(mentorId).query(Integer.class).single();
    }

    @Override
    public Optional<UUID> activePairOf(UUID menteeId) {
        return jdbc.sql("""
                SELECT p.id FROM pair_member m JOIN mentoring_pair p ON p.id = m.pair_id
                WHERE m.mentee_id = ? AND p.status = 'ACTIVE' AND m.left_on IS NULL LIMIT 1""")
                .param(menteeId).query(UUID.class).optional();
    }

    @Override
    public void lockMentor(UUID mentorId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(mentorId.toString()).query().listOfRows();
    }

    private static Pair pair(ResultSet rs) throws SQLException {
        return new Pair(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getObject("municipality_id", UUID.class), rs.getObject("region_id", UUID.class),
                rs.getObject("mentor_id", UUID.class), List.of((UUID[]) rs.getArray("mentees").getArray()),
                RoleModel.valueOf(rs.getString("role_model")), MentoringFormat.valueOf(rs.getString("format")),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                PairStatus.valueOf(rs.getString("status")), rs.getString("formed_by"),
                rs.getTimestamp("formed_at").toInstant(), rs.getInt("version"));
    }
}
